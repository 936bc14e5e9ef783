// Source rows for the reference datasets and for the web pages they cite.
import { createHash } from 'node:crypto';
import type { SourceInput } from '../../lib/domain/record-input';

export const WEB_LICENCE = 'Facts from a public web page; the page states no licence. Quoted for reference.';

export function urlSourceId(url: string): string {
  return `web-${createHash('sha1').update(url).digest('hex').slice(0, 12)}`;
}

/** Splits a dataset cell holding several URLs ("a ; b" or "a | b"). */
export function splitUrls(cell: string | null): string[] {
  if (!cell) return [];
  return cell
    .split(/\s+[;|]\s+/)
    .map((u) => u.trim())
    .filter((u) => /^https?:\/\//.test(u));
}

/** A source for one cited web page. Publisher is the site's host; the title is the address itself,
 * because the datasets record addresses, not page titles. */
export function webSource(url: string, language = 'und'): SourceInput {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return {
    id: urlSourceId(url),
    publisher: host,
    title: url,
    url,
    language,
    publishedOn: null,
    licence: WEB_LICENCE,
    note: null,
  };
}

export function addSource(map: Map<string, SourceInput>, source: SourceInput): string {
  if (!map.has(source.id)) map.set(source.id, source);
  return source.id;
}

/** Dataset-level sources (files in data/reference with a SOURCES.md). */
export const DATASET_SOURCES: Record<string, SourceInput> = {
  countryCodes: {
    id: 'dataset-country-codes',
    publisher: 'datasets/country-codes (Open Knowledge Foundation)',
    title: 'Country codes: ISO 3166, UN M49 regions and UN terminology names',
    url: 'https://github.com/datasets/country-codes',
    language: 'en',
    publishedOn: '2026-05-15',
    licence: 'ODC-PDDL-1.0',
    note: 'Snapshot at commit caa72d1e0e5af8876c170bb36a9e4d64a01bba88, copied unchanged to data/reference/country-codes.',
  },
  i18nCountries: {
    id: 'dataset-i18n-iso-countries',
    publisher: 'i18n-iso-countries 7.14.0 (npm)',
    title: 'Country names by ISO 3166-1 code (en, fr, es, vi)',
    url: 'https://github.com/michaelwittig/node-i18n-iso-countries',
    language: 'und',
    publishedOn: null,
    licence: 'MIT',
    note: null,
  },
  organisations: {
    id: 'compact-atlas-organisations',
    publisher: 'Compact Atlas',
    title: 'Organisations and forums: names and acronyms per language',
    url: null,
    language: 'und',
    publishedOn: null,
    licence: 'CC BY 4.0 (compilation); names as published by each organisation',
    note: 'Compiled from the organisations’ own websites (data/editorial/organisations.csv).',
  },
  voeten: {
    id: 'dataset-unvotes-voeten',
    publisher:
      'Erik Voeten et al., United Nations General Assembly Voting Data (Harvard Dataverse), via the R package unvotes',
    title: 'UN General Assembly roll-call votes, roll call 6140 (A/RES/73/195)',
    url: 'https://github.com/dgrtwo/unvotes',
    language: 'en',
    publishedOn: '2021-03-08',
    licence: 'CC0 1.0 (data); MIT (package)',
    note: 'hdl:1902.1/12379. Absences are not in the data: states with no recorded vote are derived (see data/reference/unga-votes/SOURCES.md).',
  },
  gcmObjectives: {
    id: 'dataset-gcm-objectives',
    publisher: 'United Nations (A/RES/73/195); UN Network on Migration (short labels)',
    title: 'Global Compact for Safe, Orderly and Regular Migration: the 23 objectives',
    url: 'https://migrationnetwork.un.org/hub',
    language: 'en',
    publishedOn: '2018-12-19',
    licence: 'UN document text; UN website terms of use',
    note: 'Per-objective origins are listed in data/reference/gcm-objectives/SOURCES.md.',
  },
  sdg: {
    id: 'dataset-sdg-10-7',
    publisher: 'UN Statistical Commission SDG metadata (World Bank mirror; Ethiopia national SDG platform)',
    title: 'SDG target 10.7 and indicators 10.7.1–10.7.4',
    url: 'https://worldbank.github.io/sdg-metadata/metadata/en/10-7-1',
    language: 'en',
    publishedOn: '2022-05-18',
    licence: 'UN SDG indicator texts (official UN material)',
    note: null,
  },
  memberships: {
    id: 'dataset-memberships',
    publisher: 'Compact Atlas reference data',
    title: 'Memberships of ASEAN, APEC, ASEM and regional consultative processes on migration',
    url: null,
    language: 'en',
    publishedOn: null,
    licence: 'Facts compiled from the public web pages cited row by row',
    note: 'data/reference/memberships/memberships.csv; every row cites its own page.',
  },
};
