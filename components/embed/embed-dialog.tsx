'use client';
// The dialog behind "Embed and download" (embed-button.tsx): loaded only when someone opens it, so
// that pages do not carry its code in their first load.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from '@/lib/i18n/translations';
import type { RecordFilter } from '@/lib/domain/filter';
import {
  chartImagePath,
  dashboardPath,
  dataPath,
  defaultEmbedHeight,
  embedPath,
  iframeSnippet,
  isImageChart,
  reportPath,
  type EmbedChart,
} from '@/lib/embed/links';
import type { Locale } from '@/lib/i18n/config';
import { DEFAULT_EMBED, EMBED_FLAGS, writeEmbedParams, type EmbedFlag } from '@/lib/url/embed-params';
import type { ViewState } from '@/lib/url/view-params';
import { CopyField } from './copy-field';

/** Host page width the snippet's default height is chosen for (a typical article column). */
const SNIPPET_WIDTH = 720;
const FLAG_LABEL = {
  controls: 'optionControls',
  title: 'optionTitle',
  legend: 'optionLegend',
  footer: 'optionFooter',
} as const;

export interface EmbedDialogProps {
  chart: EmbedChart;
  filter: RecordFilter;
  view: ViewState;
  locale: Locale;
}

export function EmbedDialog({
  chart,
  filter,
  view,
  locale,
  name,
  onClose,
}: EmbedDialogProps & { name: string; onClose: () => void }) {
  const t = useTranslations('embed');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [flags, setFlags] = useState<Record<EmbedFlag, boolean>>({
    controls: true,
    title: true,
    legend: true,
    footer: true,
  });
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const origin = window.location.origin;
  const base = embedPath(chart, filter, view, locale);
  const options = writeEmbedParams(new URLSearchParams(), { ...DEFAULT_EMBED, ...flags }).toString();
  const src = `${origin}${base}${options ? `${base.includes('?') ? '&' : '?'}${options}` : ''}`;
  const snippet = iframeSnippet(src, name, defaultEmbedHeight(chart, SNIPPET_WIDTH));
  const permalink = `${origin}${dashboardPath(filter, view, locale)}`;
  const image = (format: 'svg' | 'png', scale: 1 | 2 = 1) =>
    isImageChart(chart) ? chartImagePath(chart, filter, view, locale, { format, scale }) : null;
  const downloads = [
    { href: image('svg'), label: t('svg') },
    { href: image('png'), label: t('png1') },
    { href: image('png', 2), label: t('png2') },
    { href: dataPath('records.csv', filter, locale), label: t('recordsCsv') },
    { href: dataPath('records.json', filter, locale), label: t('recordsJson') },
    ...(chart === 'map'
      ? [{ href: dataPath('countries.csv', filter, locale), label: t('countriesCsv') }]
      : []),
  ].filter((d): d is { href: string; label: string } => d.href !== null);

  return (
    <dialog
      ref={ref}
      className="embed-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (e.target === e.currentTarget) ref.current?.close();
      }}
    >
      <div className="embed-dialog__body">
        <div className="embed-dialog__head">
          <h2 id={titleId}>{t('dialogTitle', { chart: name })}</h2>
          <button type="button" className="button" onClick={() => ref.current?.close()}>
            {t('close')}
          </button>
        </div>
        <p>{t('dialogIntro')}</p>
        <fieldset className="embed-dialog__options">
          <legend>{t('options')}</legend>
          {EMBED_FLAGS.map((flag) => (
            <label key={flag}>
              <input
                type="checkbox"
                checked={flags[flag]}
                onChange={(e) => setFlags((f) => ({ ...f, [flag]: e.target.checked }))}
              />{' '}
              {t(FLAG_LABEL[flag])}
            </label>
          ))}
        </fieldset>
        <CopyField label={t('snippet')} value={snippet} multiline />
        <p className="hint">{t('snippetHint')}</p>
        <CopyField label={t('hostScript')} value={`<script async src="${origin}/embed.js"></script>`} />
        <CopyField label={t('permalink')} value={permalink} />
        <h3>{t('downloads')}</h3>
        <ul className="embed-dialog__downloads">
          {downloads.map((d) => (
            <li key={d.href}>
              <a href={d.href} download>
                {d.label}
              </a>
            </li>
          ))}
          <li>
            <a href={reportPath(filter, view, locale)}>{t('report')}</a>
          </li>
        </ul>
      </div>
    </dialog>
  );
}
