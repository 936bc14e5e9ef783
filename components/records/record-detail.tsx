// One record, everything it says and what it rests on. Server-rendered; all text is rendered as
// text (React escapes it), never as HTML.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { createTranslator } from 'use-intl/core';
import type { RecordDetail as Detail } from '@/lib/domain/api';
import { EMPTY_FILTER, type RecordFilter } from '@/lib/domain/filter';
import { dirOf, localizedPath, type Locale } from '@/lib/i18n/config';
import { formatPartialDate } from '@/lib/i18n/format';
import { MESSAGES } from '@/lib/i18n/messages';
import { locationQuery } from '@/lib/url/location';
import { DEFAULT_VIEW } from '@/lib/url/view-params';
import { DataLabel } from '../ui/data-label';
import { actorHref, objectiveHref } from '../profiles/profile-links';
import { KindBadge } from './kind-badge';
import { RecordDate } from './record-date';

const ROLE_GROUPS = [
  'host',
  'chair',
  'party',
  'signatory',
  'body',
  'funder',
  'implementer',
  'speaker',
  'member',
  'partner',
  'observer',
  'applicant',
  'voter',
  'mentioned',
] as const;
const VOTE_ORDER = ['yes', 'no', 'abstain'];

function overviewHref(locale: Locale, patch: Partial<RecordFilter>) {
  return `${localizedPath(locale, '/')}?${locationQuery({ ...EMPTY_FILTER, ...patch }, DEFAULT_VIEW)}`;
}

export function RecordDetail({
  record: r,
  locale,
  staff,
  history,
  embed = false,
}: {
  record: Detail;
  locale: Locale;
  /** In an embed: no way back to the dashboard, and every link opens in a new tab. */
  embed?: boolean;
  /** Edit, Delete or Restore, for staff. */
  staff?: ReactNode;
  /** The change history, for staff. */
  history?: ReactNode;
}) {
  const t = createTranslator({ locale, messages: MESSAGES[locale] });
  const out = embed ? { target: '_blank', rel: 'noopener' } : {};
  const languageName = (code: string) => {
    try {
      return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };

  const groups = ROLE_GROUPS.map((role) => ({
    role,
    items: r.participants.filter((p) => p.role === role),
  })).filter((g) => g.items.length);

  return (
    <article className="record" data-record-id={r.id}>
      {embed ? null : (
        <p>
          <Link href={localizedPath(locale, '/')} className="back-link">
            {dirOf(locale) === 'rtl' ? '→' : '←'} {t('record.back')}
          </Link>
        </p>
      )}
      {staff}
      <header className="record__head">
        <KindBadge kind={r.kind} label={t(`kinds.${r.kind}`)} />
        {/* Records are written in their source's language: the text sets its own direction. */}
        <h1 dir="auto">{r.title}</h1>
        <dl className="facts">
          <div>
            <dt>{t('record.date')}</dt>
            <dd>
              {r.dateBasis === 'reported' ? (
                <>
                  {t('record.reported', { date: formatPartialDate(r.date, locale) })}
                  <span className="hint"> {t('record.reportedHint')}</span>
                </>
              ) : (
                <RecordDate date={r.date} endDate={r.endDate} locale={locale} />
              )}
            </dd>
          </div>
          {r.place ? (
            <div>
              <dt>{t('record.place')}</dt>
              <dd>
                <DataLabel text={r.place.name} lang={r.place.nameLang} />
                {t('common.listSeparator')}
                <DataLabel text={r.place.country.name} lang={r.place.country.nameLang} />
              </dd>
            </div>
          ) : null}
        </dl>
      </header>

      <section aria-labelledby="summary-h">
        <h2 id="summary-h" className="visually-hidden">
          {t('record.summary')}
        </h2>
        <p className="record__summary" dir="auto">
          {r.summary}
        </p>
      </section>

      {r.dataNote ? (
        <aside className="callout" aria-labelledby="data-note-h">
          <h2 id="data-note-h">{t('record.aboutData')}</h2>
          <p dir="auto">{r.dataNote}</p>
        </aside>
      ) : null}

      <section aria-labelledby="participants-h">
        <h2 id="participants-h">{t('record.participants')}</h2>
        <dl className="participants">
          {groups.map((g) => (
            <div key={g.role} className="participants__group">
              <dt>{t(`roles.${g.role}`)}</dt>
              <dd>
                {g.role === 'voter' ? (
                  <dl className="votes">
                    {VOTE_ORDER.map((v) => {
                      const voters = g.items.filter((p) => p.detail === v);
                      return voters.length ? (
                        <div key={v}>
                          <dt>
                            {t(`positions.${v as 'yes'}`)} ({voters.length})
                          </dt>
                          <dd>
                            <ul className="inline-list inline-list--commas">
                              {voters.map((p) => (
                                <li key={p.actor.id}>
                                  <Link href={actorHref(locale, p.actor)} {...out}>
                                    <DataLabel text={p.actor.name} lang={p.actor.nameLang} />
                                  </Link>
                                </li>
                              ))}
                            </ul>
                          </dd>
                        </div>
                      ) : null;
                    })}
                  </dl>
                ) : (
                  <ul className="actor-list">
                    {g.items.map((p) => (
                      <li key={p.actor.id}>
                        <Link href={actorHref(locale, p.actor)} {...out}>
                          <DataLabel text={p.actor.name} lang={p.actor.nameLang} />
                          {p.actor.acronym && p.actor.kind !== 'state' ? (
                            <>
                              {' '}
                              (<bdi>{p.actor.acronym}</bdi>)
                            </>
                          ) : null}
                        </Link>
                        {p.detail ? (
                          <span className="muted">
                            {' '}
                            — <bdi>{p.detail}</bdi>
                          </span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      {r.people.length ? (
        <section aria-labelledby="people-h">
          <h2 id="people-h">{t('record.people')}</h2>
          <ul className="people">
            {r.people.map((p) => (
              <li key={p.name}>
                <strong>
                  <bdi>{p.name}</bdi>
                </strong>
                {p.title ? (
                  <span>
                    {t('common.listSeparator')}
                    <bdi>{p.title}</bdi>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="record__tags">
        <section aria-labelledby="topics-h">
          <h2 id="topics-h">{t('record.topics')}</h2>
          {r.topics.length ? (
            <ul className="tag-list">
              {r.topics.map((tp) => (
                <li key={tp.id}>
                  <Link className="tag" href={overviewHref(locale, { topic: [tp.id] })} {...out}>
                    <DataLabel text={tp.name} lang={tp.nameLang} />
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('record.noTopics')}</p>
          )}
        </section>
        <section aria-labelledby="objectives-h">
          <h2 id="objectives-h">{t('record.objectives')}</h2>
          {r.objectives.length ? (
            <ul className="tag-list">
              {r.objectives.map((o) => (
                <li key={o.number}>
                  <Link className="tag tag--objective" href={objectiveHref(locale, o.number)} {...out}>
                    {o.number}. <DataLabel text={o.short} lang={o.shortLang} />
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('record.noObjectives')}</p>
          )}
        </section>
      </div>

      <section aria-labelledby="sources-h">
        <h2 id="sources-h">{t('record.sources')}</h2>
        <ol className="sources">
          {r.sources.map((s) => (
            <li key={s.id} className="source">
              <p className="source__title">{s.title !== s.url ? s.title : s.publisher}</p>
              <dl className="facts facts--compact">
                <div>
                  <dt>{t('record.publisher')}</dt>
                  <dd>{s.publisher}</dd>
                </div>
                <div>
                  <dt>{t('record.language')}</dt>
                  <dd>{s.language === 'und' ? '—' : languageName(s.language)}</dd>
                </div>
                <div>
                  <dt>{t('record.published')}</dt>
                  <dd>
                    {s.publishedOn ? formatPartialDate(s.publishedOn, locale) : t('record.publishedUnknown')}
                  </dd>
                </div>
                <div>
                  <dt>{t('record.licence')}</dt>
                  <dd>{s.licence}</dd>
                </div>
              </dl>
              <figure className="excerpt">
                <figcaption>{t('record.excerpt')}</figcaption>
                <blockquote lang={s.language === 'und' ? undefined : s.language}>
                  <p>{s.excerpt}</p>
                </blockquote>
              </figure>
              {s.note ? <p className="hint">{s.note}</p> : null}
              <p>
                {s.url ? (
                  <a href={s.url} rel="noopener noreferrer external" target="_blank">
                    {t('record.link')} <span className="visually-hidden">({s.publisher})</span>
                  </a>
                ) : (
                  <span className="muted">{t('record.noLink')}</span>
                )}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <p className="record__json">
        <a
          href={`/api/v1/records/${encodeURIComponent(r.id)}${locale === 'en' ? '' : `?lang=${locale}`}`}
          {...out}
        >
          {t('record.json')}
        </a>
      </p>
      {history}
    </article>
  );
}
