'use client';
// A data label (a name from the sources) inside interface text. It is isolated from the surrounding
// text (<bdi>), so that a Latin acronym, a number or an English name keeps its order inside Arabic; and
// when the sources give no name in the page's language, the English one is shown with its language
// (`lang="en"`, for screen readers and hyphenation) and a visible marker saying so, never passed off
// as a translation (docs/decisions/0009-locales-and-rtl.md).
import { useCallback } from 'react';
import { useTranslations } from '@/lib/i18n/translations';
import type { Lang } from '@/lib/domain/api';

export function DataLabel({ text, lang }: { text: string; lang?: Lang | undefined }) {
  if (!lang) return <bdi>{text}</bdi>;
  return <UntranslatedLabel text={text} lang={lang} />;
}

function UntranslatedLabel({ text, lang }: { text: string; lang: Lang }) {
  const t = useTranslations('common');
  return (
    <>
      <bdi lang={lang}>{text}</bdi>{' '}
      <span className="untranslated" title={t('untranslatedHint')}>
        ({t('untranslated', { lang })})
      </span>
    </>
  );
}

/** The same, as plain text, where markup cannot go (option labels, SVG titles, tooltips). */
export function useLabelText(): (text: string, lang?: Lang) => string {
  const t = useTranslations('common');
  return useCallback((text, lang) => (lang ? t('inLanguage', { label: text, lang }) : text), [t]);
}
