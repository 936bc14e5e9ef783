// The embed's footer: where the chart comes from, how old its data is, its licence, and the way to the
// full view (in a new tab, leaving the host page alone).
import { formatPartialDate } from '@/lib/i18n/format';

export function EmbedFooter({
  href,
  loadedOn,
  locale,
  text,
}: {
  href: string;
  loadedOn: string | null;
  locale: string;
  text: (key: 'source' | 'licence' | 'newTab' | 'open' | 'dataDate', values?: { date: string }) => string;
}) {
  return (
    <footer className="embed__footer">
      <span>{text('source')}</span>
      {loadedOn ? <span>{text('dataDate', { date: formatPartialDate(loadedOn, locale) })}</span> : null}
      <span>{text('licence')}</span>
      <a href={href} target="_blank" rel="noopener" className="embed__open">
        {text('open')} <span aria-hidden="true">↗</span>
        <span className="visually-hidden"> {text('newTab')}</span>
      </a>
    </footer>
  );
}
