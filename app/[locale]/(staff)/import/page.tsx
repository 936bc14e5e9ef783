import type { Metadata } from 'next';
import { createTranslator } from 'use-intl/core';
import { ImportForm } from '@/components/staff/import-form';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';
import { requireStaff } from '@/lib/server/editor-page';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw } = await params;
  return { title: MESSAGES[isLocale(raw) ? raw : 'en'].staff.import.title, robots: { index: false } };
}

export default async function ImportPage({ params }: Props) {
  const { locale: raw } = await params;
  const locale: Locale = isLocale(raw) ? raw : 'en';
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'staff' });
  const { allowed } = await requireStaff(locale, '/import');
  if (!allowed) return <p className="form-error">{t('editor.denied')}</p>;
  return (
    <div className="staff-page">
      <h1>{t('import.title')}</h1>
      <p className="lead">{t('import.lead')}</p>
      <ImportForm />
    </div>
  );
}
