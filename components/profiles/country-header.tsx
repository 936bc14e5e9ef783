// Top of a country profile: names, region, the GCM vote and champion status with their sources, and
// memberships with dates.
import Link from 'next/link';
import { createTranslator } from 'use-intl/core';
import type { ActorDetail } from '@/lib/domain/api';
import { dirOf, localizedPath, type Locale } from '@/lib/i18n/config';
import { formatPartialDate } from '@/lib/i18n/format';
import { MESSAGES } from '@/lib/i18n/messages';
import { DataLabel } from '../ui/data-label';
import { ActorNames } from './actor-names';
import { MembershipsTable } from './memberships-table';

function SourceLink({ source }: { source: ActorDetail['stances'][number]['source'] }) {
  return source.url ? (
    <a href={source.url} rel="noopener noreferrer external" target="_blank">
      {source.publisher}
    </a>
  ) : (
    <>{source.publisher}</>
  );
}

export function CountryHeader({
  actor,
  locale,
  championSetComplete,
}: {
  actor: ActorDetail;
  locale: Locale;
  championSetComplete: boolean;
}) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'profile' });
  const tp = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'positions' });
  const vote = actor.stances.find((s) => s.set.id === 'gcm-endorsement');
  const champion = actor.stances.find((s) => s.set.id === 'gcm-champion');
  return (
    <header className="profile">
      <p className="eyebrow">
        {t('countryEyebrow')}
        {actor.region ? (
          <>
            {' · '}
            <DataLabel text={actor.region.name} lang={actor.region.nameLang} />
            {actor.subRegion ? (
              <>
                {dirOf(locale) === 'rtl' ? ' ‹ ' : ' › '}
                <DataLabel text={actor.subRegion.name} lang={actor.subRegion.nameLang} />
              </>
            ) : null}
          </>
        ) : null}
      </p>
      <h1>
        <DataLabel text={actor.name} lang={actor.nameLang} />
      </h1>
      <ActorNames actor={actor} locale={locale} label={t('alsoKnownAs')} />
      <p className="badges">
        <span className="badge">{actor.unMember ? t('unMember') : t('notUnMember')}</span>
      </p>
      <div className="profile__cards">
        <section className="card" aria-labelledby="stance-h">
          <h2 id="stance-h">{t('stanceHeading')}</h2>
          {vote ? (
            <>
              <p className={`stance stance--${vote.position}`}>
                {vote.position === 'not_recorded'
                  ? t('stanceNotRecorded', { date: formatPartialDate(vote.date ?? '2018-12-19', locale) })
                  : t('stanceVoted', {
                      position: tp(vote.position as 'yes'),
                      date: formatPartialDate(vote.date ?? '2018-12-19', locale),
                    })}
              </p>
              <p className="hint">
                {t('source')}: <SourceLink source={vote.source} />
                {vote.recordId ? (
                  <>
                    {' · '}
                    <Link href={localizedPath(locale, `/records/${vote.recordId}`)}>{t('stanceRecord')}</Link>
                  </>
                ) : null}
              </p>
            </>
          ) : (
            <p>{t('stanceNone')}</p>
          )}
        </section>
        <section className="card" aria-labelledby="champion-h">
          <h2 id="champion-h">{t('championHeading')}</h2>
          {champion ? (
            <>
              <p>{t('championYes')}</p>
              {champion.evidence ? (
                <p className="hint">
                  {t('evidence')}: {champion.evidence}
                </p>
              ) : null}
              <p className="hint">
                {t('source')}: <SourceLink source={champion.source} />
              </p>
            </>
          ) : (
            <p>{t('championNo')}</p>
          )}
          {championSetComplete ? null : <p className="hint">{t('championPartial')}</p>}
        </section>
      </div>
      <section aria-labelledby="memberships-h" className="profile__section">
        <h2 id="memberships-h">{t('membershipsHeading')}</h2>
        <p className="hint">{t('membershipsNote')}</p>
        {actor.memberOf.length ? (
          <MembershipsTable
            items={actor.memberOf}
            side="body"
            locale={locale}
            caption={t('membershipsHeading')}
          />
        ) : (
          <p className="muted">{t('noMemberships')}</p>
        )}
      </section>
    </header>
  );
}
