import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { createTranslator } from 'use-intl/core';
import { RecordDetail } from '@/components/records/record-detail';
import { RecordHistory } from '@/components/records/record-history';
import { RecordActions } from '@/components/records/record-staff-actions';
import { hasRole } from '@/lib/auth/roles';
import { recordHistory } from '@/lib/editing/audit';
import { isLocale, localizedPath, type Locale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';
import { currentPrincipal } from '@/lib/server/auth';
import { readDb } from '@/lib/server/db';
import { getRecord } from '@/lib/server/queries/records';

type Params = Promise<{ locale: string; id: string }>;

// Read once per request: the metadata and the page both ask for it (React's cache, keyed by the strings).
const recordOf = cache(async (id: string, locale: Locale, staff: boolean) =>
  // Staff see a deleted record (to restore it); everyone else gets a 404.
  getRecord(await readDb(), decodeURIComponent(id), locale, { includeDeleted: staff }),
);

async function load(params: Params) {
  const { locale: raw, id } = await params;
  const locale: Locale = isLocale(raw) ? raw : 'en';
  const user = await currentPrincipal();
  return { locale, record: await recordOf(id, locale, user !== null), user };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { record } = await load(params);
  return record ? { title: record.title, description: record.summary.slice(0, 200) } : {};
}

export default async function RecordPage({ params }: { params: Params }) {
  const { locale, record, user } = await load(params);
  if (!record) notFound();
  if (!user) return <RecordDetail record={record} locale={locale} />;
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'staff.record' });
  const editor = hasRole(user.role, 'editor');
  return (
    <RecordDetail
      record={record}
      locale={locale}
      staff={
        <>
          {record.deletedAt ? (
            <p className="callout callout--warning" role="status">
              {t('deleted')}
            </p>
          ) : null}
          {editor ? (
            <RecordActions
              id={record.id}
              version={record.version}
              deleted={record.deletedAt !== null}
              editHref={localizedPath(locale, `/records/${encodeURIComponent(record.id)}/edit`)}
            />
          ) : null}
        </>
      }
      history={
        <RecordHistory
          entries={await recordHistory(await readDb(), record.id)}
          locale={locale}
          canRevert={hasRole(user.role, 'admin')}
        />
      }
    />
  );
}
