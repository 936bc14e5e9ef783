'use client';
// "Embed and download" on every chart: a modal dialog with the iframe code for the view on screen (and
// the embed options), the host script for automatic height, the permanent link, and the chart's image
// and data downloads. A native <dialog> opened with showModal(): the page behind it is inert (focus
// stays inside), Escape closes it, and focus goes back to the button.
import dynamic from 'next/dynamic';
import { useRef, useState } from 'react';
import { useTranslations } from '@/lib/i18n/translations';
import type { EmbedDialogProps } from './embed-dialog';

const EmbedDialog = dynamic(() => import('./embed-dialog').then((m) => m.EmbedDialog), { ssr: false });

export function EmbedButton(props: EmbedDialogProps) {
  const t = useTranslations('embed');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const name = t(`chart.${props.chart}`);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button embed-button"
        aria-haspopup="dialog"
        aria-label={t('buttonLabel', { chart: name })}
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">&lt;/&gt;</span> {t('button')}
      </button>
      {open ? (
        <EmbedDialog
          {...props}
          name={name}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}
