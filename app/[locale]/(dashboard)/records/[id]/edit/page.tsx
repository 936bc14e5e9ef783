import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { createTranslator } from 'use-intl/core';
import { draftOf } from '@/components/editor/draft';
import { RecordForm } from '@/components/editor/record-form';
import { loadRecord } from '@/lib/editing/snapshot';
import { isLocale, localizedPath, type Locale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';
import { getDb } from '@/lib/server/db';
import { editorOptions, requireStaff } from '@/lib/server/editor-page';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw } = await params;
  return { title: MESSAGES[isLocale(raw) ? raw : 'en'].staff.editor.editTitle, robots: { index: false } };
}

export default async function EditRecordPage({ params }: Props) {
  const { locale: raw, id: rawId } = await params;
  const locale: Locale = isLocale(raw) ? raw : 'en';
  const id = decodeURIComponent(rawId);
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'staff.editor' });
  const { allowed } = await requireStaff(locale, `/records/${rawId}/edit`);
  if (!allowed) return <p className="form-error">{t('denied')}</p>;
  const stored = await loadRecord(getDb().db, id);
  if (!stored || stored.deletedAt) notFound();
  const href = (rid: string) => localizedPath(locale, `/records/${encodeURIComponent(rid)}`);
  return (
    <div className="staff-page">
      <h1>{t('editTitle')}</h1>
      <p className="lead">{stored.input.title}</p>
      <RecordForm
        initial={draftOf(stored.input)}
        target={{ id, version: stored.version }}
        options={await editorOptions(locale)}
        recordBase={localizedPath(locale, '/records/')}
        cancelHref={href(id)}
      />
    </div>
  );
}
