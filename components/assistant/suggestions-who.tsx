'use client';
// Who and where: the actors (with their suggested roles), the people named (with their titles) and
// the place.
import { useId, type ReactNode } from 'react';
import { useTranslations } from '@/lib/i18n/translations';
import { PARTICIPANT_ROLES, type ParticipantRole } from '@/lib/domain/vocab';
import { keyOf } from './review-model';
import { changed, SuggestionCard, Why, type SectionProps } from './suggestion-card';

export function actorLabel(s: SectionProps, id: string, fallback: string): string {
  const name = s.options.actorNames[id] ?? fallback;
  const acronym = s.options.actorAcronyms[id];
  return acronym && acronym !== name ? `${name} (${acronym})` : name;
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="assist-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

export function ActorSuggestions(s: SectionProps) {
  const t = useTranslations('assistant');
  const tr = useTranslations('roles');
  if (!s.p.actors.length) return null;
  return (
    <Section title={`${t('sections.actors')} (${s.p.actors.length})`}>
      {s.p.actors.map((a) => {
        const key = keyOf.actor(a.actorId);
        const name = actorLabel(s, a.actorId, a.name);
        const role = s.review.roles[a.actorId] ?? a.role;
        return (
          <SuggestionCard
            key={key}
            k={key}
            title={name}
            s={s}
            confidence={a.confidence}
            change={
              <div className="field">
                <label htmlFor={`assist-role-${a.actorId}`}>{t('role', { name })}</label>
                <select
                  id={`assist-role-${a.actorId}`}
                  value={role}
                  onChange={(e) =>
                    changed(s.setReview, key, (r) => ({
                      roles: { ...r.roles, [a.actorId]: e.target.value as ParticipantRole },
                    }))
                  }
                >
                  {PARTICIPANT_ROLES.map((x) => (
                    <option key={x} value={x}>
                      {tr(x)}
                    </option>
                  ))}
                </select>
              </div>
            }
          >
            <p>{t('suggestedRole', { role: tr(role) })}</p>
            <Why>
              {a.reason} {a.roleReason}
            </Why>
          </SuggestionCard>
        );
      })}
    </Section>
  );
}

export function PeopleSuggestions(s: SectionProps) {
  const t = useTranslations('assistant');
  if (!s.p.people.length) return null;
  return (
    <Section title={`${t('sections.people')} (${s.p.people.length})`}>
      {s.p.people.map((x, i) => {
        const key = keyOf.person(i);
        const edited = s.review.people[i] ?? { name: x.name, title: x.title ?? '' };
        const set = (patch: Partial<typeof edited>) =>
          changed(s.setReview, key, (r) => ({
            people: r.people.map((p, j) => (j === i ? { ...p, ...patch } : p)),
          }));
        return (
          <SuggestionCard
            key={key}
            k={key}
            title={edited.name}
            s={s}
            change={
              <div className="field-row">
                <div className="field">
                  <label htmlFor={`assist-person-${i}-name`}>{t('personName')}</label>
                  <input
                    id={`assist-person-${i}-name`}
                    value={edited.name}
                    onChange={(e) => set({ name: e.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`assist-person-${i}-title`}>{t('personTitle', { name: x.name })}</label>
                  <input
                    id={`assist-person-${i}-title`}
                    value={edited.title}
                    onChange={(e) => set({ title: e.target.value })}
                  />
                </div>
              </div>
            }
          >
            {edited.title ? <p>{edited.title}</p> : null}
            {x.affiliationActorId ? (
              <p>{t('affiliation', { name: actorLabel(s, x.affiliationActorId, x.affiliationActorId) })}</p>
            ) : null}
            {x.titleOriginal ? (
              <p className="suggestion__quote">{t('asWritten', { text: x.titleOriginal })}</p>
            ) : null}
          </SuggestionCard>
        );
      })}
    </Section>
  );
}

export function PlaceSuggestion(s: SectionProps) {
  const t = useTranslations('assistant');
  const place = s.p.place;
  if (!place) return null;
  const name = s.options.places.find((x) => x.id === place.placeId)?.name ?? place.name;
  return (
    <Section title={t('sections.place')}>
      <SuggestionCard k={keyOf.place} title={name} s={s} decidable={place.placeId !== null}>
        {place.placeId === null ? <p>{t('placeNotListed', { name })}</p> : null}
        <Why>{place.reason}</Why>
      </SuggestionCard>
    </Section>
  );
}
