import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RecordDetail } from '@/components/records/record-detail';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { getDb } from '@/lib/server/db';
import { getRecord } from '@/lib/server/queries/records';

type Params = Promise<{ locale: string; id: string }>;

async function load(params: Params) {
  const { locale: raw, id } = await params;
  const locale: Locale = isLocale(raw) ? raw : 'en';
  return { locale, record: await getRecord(getDb().db, decodeURIComponent(id), locale) };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { record } = await load(params);
  return record ? { title: record.title, description: record.summary.slice(0, 200) } : {};
}

export default async function RecordPage({ params }: { params: Params }) {
  const { locale, record } = await load(params);
  if (!record) notFound();
  return <RecordDetail record={record} locale={locale} />;
}
