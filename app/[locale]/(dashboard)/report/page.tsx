import type { Metadata } from 'next';
import Link from 'next/link';
import { createTranslator } from 'use-intl/core';
import { RecordDate } from '@/components/records/record-date';
import { PrintButton } from '@/components/report/print-button';
import { dirOf, isLocale, localizedPath, type Locale } from '@/lib/i18n/config';
import { formatPartialDate } from '@/lib/i18n/format';
import { MESSAGES } from '@/lib/i18n/messages';
import { loadReport, REPORT_RECORDS } from '@/lib/server/report-page';

/** A vote has every UN member as a participant: the report names the first few. */
const SHOWN_PARTICIPANTS = 8;

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: createTranslator({ locale, messages: MESSAGES[locale], namespace: 'report' })('title') };
}

/**
 * The current view laid out for paper (A4 or Letter) through the browser's print: the filters in words,
 * every chart, the first records and their sources. Server-rendered, no script needed; the print
 * stylesheet (globals.css, "Printable report") hides the site's chrome.
 */
export default async function ReportPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale: Locale = isLocale(raw) ? raw : 'en';
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'report' });
  const tk = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'kinds' });
  const tr = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'records' });
  const tc = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'common' });
  const r = await loadReport(await searchParams, locale);
  const today = formatPartialDate(new Date().toISOString().slice(0, 10), locale);
  const total = r.records.total;
  return (
    <article className="report">
      <div className="report__actions">
        <Link href={r.dashboardHref} className="back-link">
          {dirOf(locale) === 'rtl' ? '→' : '←'} {t('back')}
        </Link>
        <PrintButton label={t('print')} />
        <p className="hint">{t('hint')}</p>
      </div>
      <header className="report__head">
        <h1>{t('heading')}</h1>
        <dl className="report__meta">
          <dt>{t('filters')}</dt>
          <dd data-testid="report-filters">{r.filters}</dd>
        </dl>
        <p className="muted">
          {t('generated', { date: today, url: r.viewUrl })}{' '}
          {r.loadedOn ? t('dataDate', { date: formatPartialDate(r.loadedOn, locale) }) : null}
        </p>
      </header>
      <section aria-labelledby="report-charts">
        <h2 id="report-charts">{t('charts')}</h2>
        {r.charts.map((c) => (
          <figure key={c.chart} className="report__chart" data-chart={c.chart}>
            {c.svg}
          </figure>
        ))}
      </section>
      <section aria-labelledby="report-records" className="report__records">
        <h2 id="report-records">{t('records')}</h2>
        <p>
          {total > REPORT_RECORDS
            ? t('recordsNote', { total, shown: REPORT_RECORDS, url: r.csvUrl })
            : t('recordsAll', { total })}
        </p>
        {total > 0 ? (
          <table className="report__table">
            <thead>
              <tr>
                <th scope="col">{t('date')}</th>
                <th scope="col">{t('record')}</th>
                <th scope="col">{t('participants')}</th>
              </tr>
            </thead>
            <tbody>
              {r.records.items.map((rec) => (
                <tr key={rec.id}>
                  <td>
                    <RecordDate date={rec.date} endDate={rec.endDate} locale={locale} />
                  </td>
                  <td>
                    <Link href={localizedPath(locale, `/records/${encodeURIComponent(rec.id)}`)}>
                      <bdi dir="auto">{rec.title}</bdi>
                    </Link>{' '}
                    <span className="muted">({tk(rec.kind)})</span>
                  </td>
                  <td>
                    {rec.participants
                      .slice(0, SHOWN_PARTICIPANTS)
                      .map((p) =>
                        p.actor.kind !== 'state' && p.actor.acronym
                          ? p.actor.acronym
                          : p.actor.nameLang
                            ? tc('inLanguage', { label: p.actor.name, lang: p.actor.nameLang })
                            : p.actor.name,
                      )
                      .join(tc('listSeparator'))}
                    {rec.participants.length > SHOWN_PARTICIPANTS
                      ? ` ${tr('more', { count: rec.participants.length - SHOWN_PARTICIPANTS })}`
                      : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      <section aria-labelledby="report-sources" className="report__sources">
        <h2 id="report-sources">{t('sources')}</h2>
        <p>{t('sourcesIntro')}</p>
        <p>{t('sourcesData')}</p>
        <ul>
          {r.sources.map((s) => (
            <li key={`${s.publisher}|${s.url}`}>
              {s.publisher}
              {s.url ? (
                <>
                  {' — '}
                  <a href={s.url} rel="noopener noreferrer external">
                    {s.url}
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
        <p>{t('licence')}</p>
      </section>
    </article>
  );
}
