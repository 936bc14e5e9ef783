// Row -> DTO mapping shared by the query functions (names in the requested language, dates at their
// precision).
import type { ActorRef, Lang, PlaceRef, SourceRef } from '../domain/api';
import { formatAtPrecision } from '../domain/dates';
import type { ActorKind, DatePrecision } from '../domain/vocab';

export interface ActorNameRow {
  id: string;
  kind: string;
  nameEn: string;
  nameFr: string | null;
  acronym: string | null;
}

export const actorNameSelect = { id: true, kind: true, nameEn: true, nameFr: true, acronym: true } as const;

export function nameIn(row: { nameEn: string; nameFr?: string | null }, lang: Lang): string {
  return (lang === 'fr' ? row.nameFr : null) ?? row.nameEn;
}

export function actorRef(a: ActorNameRow, lang: Lang): ActorRef {
  return { id: a.id, kind: a.kind as ActorKind, name: nameIn(a, lang), acronym: a.acronym };
}

export function placeRef(
  p: { id: string; nameEn: string; nameFr: string | null; country: ActorNameRow } | null,
  lang: Lang,
): PlaceRef | null {
  return p ? { id: p.id, name: nameIn(p, lang), country: actorRef(p.country, lang) } : null;
}

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
