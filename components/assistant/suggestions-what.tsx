'use client';
// What and when: the date (with its precision and whether it is the event's or the report's), the
// kind of record, the topics, the GCM objectives they serve, and the sentence to quote.
import { useTranslations } from '@/lib/i18n/translations';
import { parsePartialDate } from '@/lib/domain/dates';
import { DATE_BASES, RECORD_KINDS, type DateBasis, type RecordKind } from '@/lib/domain/vocab';
import { keyOf } from './review-model';
import { changed, SuggestionCard, Why, type SectionProps } from './suggestion-card';
import { Section } from './suggestions-who';

export function DateSuggestion(s: SectionProps) {
  const t = useTranslations('assistant');
  const date = s.p.date;
  const setAside = s.p.dateMentions.filter((m) => m.setAside || m.note);
  if (!date && !setAside.length) return null;
  const edited = s.review.date ?? (date ? { value: date.value, basis: date.basis } : null);
  const parsed = edited ? parsePartialDate(edited.value) : null;
  const set = (patch: Partial<{ value: string; basis: DateBasis }>) =>
    changed(s.setReview, keyOf.date, (r) => ({ date: { ...(r.date ?? edited!), ...patch } }));
  return (
    <Section title={t('sections.date')}>
      {date && edited ? (
        <SuggestionCard
          k={keyOf.date}
          title={edited.value}
          s={s}
          confidence={date.confidence}
          change={
            <div className="field-row">
              <div className="field">
                <label htmlFor="assist-date-value">{t('dateValue')}</label>
                <input
                  id="assist-date-value"
                  value={edited.value}
                  onChange={(e) => set({ value: e.target.value })}
                  aria-invalid={parsed ? undefined : true}
                  aria-describedby={parsed ? undefined : 'assist-date-error'}
                />
                {parsed ? null : (
                  <p className="field__error" id="assist-date-error">
                    {t('dateInvalid')}
                  </p>
                )}
              </div>
              <div className="field">
                <label htmlFor="assist-date-basis">{t('dateBasis')}</label>
                <select
                  id="assist-date-basis"
                  value={edited.basis}
                  onChange={(e) => set({ basis: e.target.value as DateBasis })}
                >
                  {DATE_BASES.map((b) => (
                    <option key={b} value={b}>
                      {t(`basis.${b}`)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          }
        >
          <p>
            {parsed ? `${t(`precision.${parsed.precision}`)} · ` : ''}
            {t('dateBasis')} {t(`basis.${edited.basis}`)}
          </p>
          <Why>{date.reason}</Why>
        </SuggestionCard>
      ) : (
        <p>{t('noDate')}</p>
      )}
      {setAside.length ? (
        <div className="assist-dates">
          <h4>{t('otherDates')}</h4>
          <ul>
            {setAside.map((m) => (
              <li key={m.start}>
                <q>{m.text}</q>
                {m.value ? ` → ${m.value}` : ''} <span lang="en">({m.setAside ?? m.note})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Section>
  );
}

export function KindSuggestion(s: SectionProps) {
  const t = useTranslations('assistant');
  const tk = useTranslations('kinds');
  const kind = s.p.kind;
  if (!kind) return null;
  const chosen = s.review.kind ?? kind.kind;
  const scores = Object.entries(kind.scores)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([k, v]) => `${tk(k as RecordKind)} ${v}`)
    .join(', ');
  return (
    <Section title={t('sections.kind')}>
      <SuggestionCard
        k={keyOf.kind}
        title={tk(chosen)}
        s={s}
        confidence={kind.confidence}
        change={
          <div className="field">
            <label htmlFor="assist-kind">{t('kindSelect')}</label>
            <select
              id="assist-kind"
              value={chosen}
              onChange={(e) =>
                changed(s.setReview, keyOf.kind, () => ({ kind: e.target.value as RecordKind }))
              }
            >
              {RECORD_KINDS.map((k) => (
                <option key={k} value={k}>
                  {tk(k)}
                </option>
              ))}
            </select>
          </div>
        }
      >
        <p>{t('kindScores', { scores })}</p>
        <Why>{kind.reason}</Why>
      </SuggestionCard>
    </Section>
  );
}

export function TopicSuggestions(s: SectionProps) {
  const t = useTranslations('assistant');
  if (!s.p.topics.length) return null;
  return (
    <Section title={`${t('sections.topics')} (${s.p.topics.length})`}>
      {s.p.topics.map((tp) => (
        <SuggestionCard
          key={tp.topicId}
          k={keyOf.topic(tp.topicId)}
          title={s.options.topics.find((x) => x.id === tp.topicId)?.name ?? tp.name}
          s={s}
          confidence={tp.confidence}
        >
          <p className="suggestion__quote" lang={s.p.language}>
            {[...new Set(tp.matches.map((m) => m.text))].map((m, i) => (
              <span key={m}>
                {i ? ', ' : ''}
                <q>{m}</q>
              </span>
            ))}
          </p>
        </SuggestionCard>
      ))}
    </Section>
  );
}

export function ObjectiveSuggestions(s: SectionProps) {
  const t = useTranslations('assistant');
  if (!s.p.objectives.length) return null;
  const topicName = (id: string) => s.options.topics.find((x) => x.id === id)?.name ?? id;
  return (
    <Section title={`${t('sections.objectives')} (${s.p.objectives.length})`}>
      {s.p.objectives.map((o) => {
        const short = s.options.objectives.find((x) => x.number === o.number)?.short ?? o.title;
        return (
          <SuggestionCard key={o.number} k={keyOf.objective(o.number)} title={`${o.number}. ${short}`} s={s}>
            {o.viaTopics.length ? (
              <p>{t('viaTopics', { topics: o.viaTopics.map(topicName).join(', ') })}</p>
            ) : null}
            {o.mentions.length ? <p>{t('mentioned')}</p> : null}
          </SuggestionCard>
        );
      })}
    </Section>
  );
}

export function ExcerptSuggestion(s: SectionProps) {
  const t = useTranslations('assistant');
  const excerpt = s.p.excerpt;
  if (!excerpt) return null;
  const chosen = s.review.excerptSentence ?? excerpt.sentenceIndex;
  const text = chosen === excerpt.sentenceIndex ? excerpt.text : (s.p.sentences[chosen]?.text.trim() ?? '');
  const short = (x: string) => (x.length > 90 ? `${x.slice(0, 89)}…` : x);
  return (
    <Section title={t('sections.excerpt')}>
      <SuggestionCard
        k={keyOf.excerpt}
        title={t('sentence', { n: chosen + 1 })}
        s={s}
        change={
          <div className="field">
            <label htmlFor="assist-excerpt">{t('excerptSentence')}</label>
            <select
              id="assist-excerpt"
              value={chosen}
              onChange={(e) =>
                changed(s.setReview, keyOf.excerpt, () => ({ excerptSentence: Number(e.target.value) }))
              }
            >
              {s.p.sentences.map((x) => (
                <option key={x.index} value={x.index}>
                  {`${t('sentence', { n: x.index + 1 })}: ${short(x.text.trim())}`}
                </option>
              ))}
            </select>
          </div>
        }
      >
        <blockquote className="suggestion__excerpt" lang={s.p.language}>
          {text}
        </blockquote>
        {chosen === excerpt.sentenceIndex ? <Why>{excerpt.reason}</Why> : null}
      </SuggestionCard>
    </Section>
  );
}
