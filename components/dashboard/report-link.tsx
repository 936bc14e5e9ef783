'use client';
// The way from a dashboard to its printable report: same filters, same view.
import Link from 'next/link';
import { useTranslations } from '@/lib/i18n/translations';
import type { RecordFilter } from '@/lib/domain/filter';
import { reportPath } from '@/lib/embed/links';
import type { Locale } from '@/lib/i18n/config';
import type { ViewState } from '@/lib/url/view-params';

export function ReportLink({
  filter,
  view,
  locale,
}: {
  filter: RecordFilter;
  view: ViewState;
  locale: Locale;
}) {
  const t = useTranslations('report');
  return (
    <p className="report-link">
      <Link href={reportPath(filter, view, locale)} prefetch={false}>
        {t('link')}
      </Link>
    </p>
  );
}
