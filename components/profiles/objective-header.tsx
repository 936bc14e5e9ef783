// Top of a GCM objective profile: its full title, labels, and the topics that serve it.
import Link from 'next/link';
import { createTranslator } from 'use-intl/core';
import { EMPTY_FILTER } from '@/lib/domain/filter';
import { localizedPath, type Locale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';
import type { getObjective } from '@/lib/server/queries/commitment';
import { locationQuery } from '@/lib/url/location';
import { DEFAULT_VIEW } from '@/lib/url/view-params';
import { DataLabel } from '../ui/data-label';

type Objective = NonNullable<Awaited<ReturnType<typeof getObjective>>>;

export function ObjectiveHeader({ objective: o, locale }: { objective: Objective; locale: Locale }) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'profile' });
  return (
    <header className="profile">
      <p className="eyebrow">{t('objectiveEyebrow', { number: o.number })}</p>
      {/* The full titles are in English in the sources (French for objective 1 only): marked as such. */}
      <h1>
        <DataLabel text={o.title} lang={locale === 'en' ? undefined : 'en'} />
      </h1>
      {locale === 'fr' ? (
        o.titleFr ? (
          <p lang="fr">
            <strong>{t('objectiveTitleFr')}</strong> : {o.titleFr}
          </p>
        ) : (
          <p className="hint">{t('objectiveTitleFrMissing')}</p>
        )
      ) : null}
      <p>
        <strong>{t('shortLabels')}</strong>:{' '}
        {(
          [
            ['en', o.shortEn],
            ['fr', o.shortFr],
            ['es', o.shortEs],
          ] as const
        )
          .filter(([, label]) => label)
          .map(([lang, label], i) => (
            <span key={lang}>
              {i ? ' · ' : null}
              <bdi lang={lang}>{label}</bdi>
            </span>
          ))}
      </p>
      <section aria-labelledby="served-h" className="profile__section">
        <h2 id="served-h">{t('servedBy')}</h2>
        <ul className="tag-list">
          {o.topics.map((tp) => (
            <li key={tp.id}>
              <Link
                className="tag"
                href={`${localizedPath(locale, '/')}?${locationQuery({ ...EMPTY_FILTER, topic: [tp.id] }, DEFAULT_VIEW)}`}
              >
                <DataLabel text={tp.name} lang={tp.nameLang} />
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </header>
  );
}
