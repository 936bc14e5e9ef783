// Top of an organisation profile: names, kind, website, members with dates, member counts over time.
import { createTranslator } from 'use-intl/core';
import type { ActorDetail } from '@/lib/domain/api';
import type { Locale } from '@/lib/i18n/config';
import { formatPartialDate, intlLocale } from '@/lib/i18n/format';
import { MESSAGES } from '@/lib/i18n/messages';
import { ActorNames } from './actor-names';
import { DataLabel } from '../ui/data-label';
import { MembershipsTable } from './memberships-table';

export function OrganisationHeader({ actor, locale }: { actor: ActorDetail; locale: Locale }) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'profile' });
  const tk = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'actorKinds' });
  const fmt = new Intl.NumberFormat(intlLocale(locale));
  return (
    <header className="profile">
      <p className="eyebrow">{t('organisationEyebrow', { kind: tk(actor.kind) })}</p>
      <h1>
        <DataLabel text={actor.name} lang={actor.nameLang} />
        {actor.acronym ? (
          <span className="profile__acronym">
            {' '}
            (<bdi>{actor.acronym}</bdi>)
          </span>
        ) : null}
      </h1>
      <ActorNames actor={actor} locale={locale} label={t('alsoKnownAs')} />
      {actor.website ? (
        <p>
          <a href={actor.website} rel="noopener noreferrer external" target="_blank">
            {t('website')}
          </a>
        </p>
      ) : null}
      <section aria-labelledby="members-h" className="profile__section">
        <h2 id="members-h">{t('membersHeading')}</h2>
        {actor.members.length ? (
          <>
            <p className="hint">{t('membersPartial')}</p>
            <MembershipsTable
              items={actor.members}
              side="member"
              locale={locale}
              caption={t('membersHeading')}
            />
          </>
        ) : (
          <p className="muted">{t('noMembers')}</p>
        )}
      </section>
      {actor.memberCounts.length ? (
        <section aria-labelledby="counts-h" className="profile__section">
          <h2 id="counts-h">{t('countsHeading')}</h2>
          <p className="hint">{t('countsNote')}</p>
          <table className="data-table">
            <caption className="visually-hidden">{t('countsHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('asOf')}</th>
                <th scope="col" className="num">
                  {t('count')}
                </th>
                <th scope="col">{t('what')}</th>
                <th scope="col">{t('source')}</th>
              </tr>
            </thead>
            <tbody>
              {actor.memberCounts.map((c, i) => (
                <tr key={i}>
                  <td>{formatPartialDate(c.asOf, locale)}</td>
                  <td className="num">{fmt.format(c.count)}</td>
                  <td>{c.what}</td>
                  <td>
                    {c.source.url ? (
                      <a href={c.source.url} rel="noopener noreferrer external" target="_blank">
                        {c.source.publisher}
                      </a>
                    ) : (
                      c.source.publisher
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </header>
  );
}
