import type { Metadata } from 'next';
import { createTranslator } from 'use-intl/core';
import { NewRecordFlow } from '@/components/assistant/new-record-flow';
import { isLocale, localizedPath, type Locale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';
import { editorOptions, requireStaff } from '@/lib/server/editor-page';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw } = await params;
  return { title: MESSAGES[isLocale(raw) ? raw : 'en'].staff.editor.newTitle, robots: { index: false } };
}

export default async function NewRecordPage({ params }: Props) {
  const { locale: raw } = await params;
  const locale: Locale = isLocale(raw) ? raw : 'en';
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'staff.editor' });
  const { allowed } = await requireStaff(locale, '/records/new');
  if (!allowed) return <p className="form-error">{t('denied')}</p>;
  return (
    <div className="staff-page">
      <h1>{t('newTitle')}</h1>
      <NewRecordFlow
        options={await editorOptions(locale)}
        recordBase={localizedPath(locale, '/records/')}
        cancelHref={localizedPath(locale, '/')}
      />
    </div>
  );
}
