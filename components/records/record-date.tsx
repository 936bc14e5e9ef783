import type { DateBasis } from '@/lib/domain/vocab';
import { formatPartialDate, formatPartialRange } from '@/lib/i18n/format';

/** A record's date at its own precision, as a <time> element with the machine-readable value. */
export function RecordDate({
  date,
  endDate,
  locale,
}: {
  date: string;
  endDate: string | null;
  basis?: DateBasis;
  locale: string;
}) {
  const text = endDate ? formatPartialRange(date, endDate, locale) : formatPartialDate(date, locale);
  return <time dateTime={date}>{text}</time>;
}
