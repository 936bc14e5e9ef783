// Row -> DTO mapping shared by the query functions (names in the requested language, dates at their
// precision). A name the sources do not give in the requested language falls back to English, and the
// DTO says so (`nameLang: 'en'`): the interface marks such a label as English rather than pass it off
// as a translation (docs/decisions/0009-locales-and-rtl.md).
import type { ActorRef, Lang, PlaceRef, SourceRef } from '../domain/api';
import { formatAtPrecision } from '../domain/dates';
import type { ActorKind, DatePrecision } from '../domain/vocab';

/** A row with a name per language (actors, places, topics) */
export interface NamedRow {
  nameEn: string;
  nameFr?: string | null;
  nameEs?: string | null;
  nameAr?: string | null;
}

export interface ActorNameRow extends NamedRow {
  id: string;
  kind: string;
  acronym: string | null;
  acronymFr?: string | null;
  acronymEs?: string | null;
  acronymAr?: string | null;
}

export const nameSelect = { nameEn: true, nameFr: true, nameEs: true, nameAr: true } as const;

export const actorNameSelect = {
  id: true,
  kind: true,
  ...nameSelect,
  acronym: true,
  acronymFr: true,
  acronymEs: true,
  acronymAr: true,
} as const;

/** One label in the requested language, or in English when there is none: `lang` is the label's own. */
export interface Label {
  text: string;
  lang: Lang;
}

/** Picks the value for `lang` from per-language values, falling back to English. */
export function pick(
  values: Partial<Record<Lang, string | null | undefined>> & { en: string },
  lang: Lang,
): Label {
  const own = values[lang];
  return own ? { text: own, lang } : { text: values.en, lang: 'en' };
}

export function labelIn(row: NamedRow, lang: Lang): Label {
  return pick({ en: row.nameEn, fr: row.nameFr, es: row.nameEs, ar: row.nameAr }, lang);
}

export function nameIn(row: NamedRow, lang: Lang): string {
  return labelIn(row, lang).text;
}

/** `{ nameLang }` when the name is a fallback in another language, else nothing (kept out of the JSON). */
export function fallbackLang(label: Label, lang: Lang): { nameLang?: Lang } {
  return label.lang === lang ? {} : { nameLang: label.lang };
}

/** The same for a short label: `{ shortLang }`. */
export function shortFallbackLang(label: Label, lang: Lang): { shortLang?: Lang } {
  return label.lang === lang ? {} : { shortLang: label.lang };
}

/** The organisation's acronym in the language, or its English one (also how Arabic text writes it). */
export function acronymIn(a: ActorNameRow, lang: Lang): string | null {
  const own = lang === 'fr' ? a.acronymFr : lang === 'es' ? a.acronymEs : lang === 'ar' ? a.acronymAr : null;
  return own ?? a.acronym;
}

export function actorRef(a: ActorNameRow, lang: Lang): ActorRef {
  const name = labelIn(a, lang);
  return {
    id: a.id,
    kind: a.kind as ActorKind,
    name: name.text,
    acronym: acronymIn(a, lang),
    ...fallbackLang(name, lang),
  };
}

export function placeRef(
  p: ({ id: string; country: ActorNameRow } & NamedRow) | null,
  lang: Lang,
): PlaceRef | null {
  if (!p) return null;
  const name = labelIn(p, lang);
  return { id: p.id, name: name.text, ...fallbackLang(name, lang), country: actorRef(p.country, lang) };
}

/** A GCM objective's short label: the sources' in the language, else English, else its full title. */
export function objectiveShort(
  c: {
    shortEn: string | null;
    shortFr?: string | null;
    shortEs?: string | null;
    shortAr?: string | null;
    titleEn: string;
  },
  lang: Lang,
): Label {
  return pick({ en: c.shortEn ?? c.titleEn, fr: c.shortFr, es: c.shortEs, ar: c.shortAr }, lang);
}

export const objectiveShortSelect = {
  shortEn: true,
  shortFr: true,
  shortEs: true,
  shortAr: true,
  titleEn: true,
} as const;

export const sourceSelect = {
  id: true,
  publisher: true,
  title: true,
  url: true,
  language: true,
  publishedOn: true,
  licence: true,
  note: true,
} as const;

export function sourceRef(s: SourceRef): SourceRef {
  return { ...s };
}

export function dateAt(start: string, precision: string): string {
  return formatAtPrecision(start, precision as DatePrecision);
}
