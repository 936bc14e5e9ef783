// Fixed data for the map's rendering tests: the states of the shipped country-codes dataset (the same
// ISO numeric codes the database holds), with hand-picked counts and votes.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ReactNode } from 'react';
import { IntlProvider } from 'use-intl/react';
import type { MapResponse } from '@/lib/domain/api';
import type { Locale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';
import type { MapCountry } from './model';

const rows = parse(fs.readFileSync(path.resolve('data/reference/country-codes/country-codes.csv'), 'utf8'), {
  columns: true,
  skip_empty_lines: true,
}) as Array<Record<string, string>>;

export const COUNTRIES: MapCountry[] = rows
  .filter((r) => r['ISO3166-1-Alpha-3'])
  .map((r) => ({
    id: r['ISO3166-1-Alpha-3']!,
    name: r['CLDR display name'] || r['official_name_en']!,
    isoNumeric: r['ISO3166-1-numeric'] ? r['ISO3166-1-numeric'].padStart(3, '0') : null,
  }));

export const COUNTS: MapResponse = {
  total: 40,
  countries: [
    { iso3: 'VNM', count: 31 },
    { iso3: 'THA', count: 12 },
    { iso3: 'PHL', count: 9 },
    { iso3: 'IDN', count: 6 },
    { iso3: 'CHE', count: 5 },
    { iso3: 'MEX', count: 3 },
    { iso3: 'MAR', count: 2 },
    { iso3: 'BRA', count: 1 },
    { iso3: 'AUS', count: 1 },
    { iso3: 'TUV', count: 1 },
  ],
};

export const STANCES = [
  { iso3: 'VNM', position: 'yes' },
  { iso3: 'THA', position: 'yes' },
  { iso3: 'MEX', position: 'yes' },
  { iso3: 'BRA', position: 'yes' },
  { iso3: 'FRA', position: 'yes' },
  { iso3: 'USA', position: 'no' },
  { iso3: 'HUN', position: 'no' },
  { iso3: 'AUS', position: 'abstain' },
  { iso3: 'CHE', position: 'abstain' },
  { iso3: 'AFG', position: 'not_recorded' },
  { iso3: 'TUV', position: 'yes' },
];

export const STANCE_SOURCE = {
  title: 'Voting data on A/RES/73/195',
  publisher: 'United Nations Digital Library',
  url: 'https://digitallibrary.un.org/record/1656175',
};

export function withIntl(children: ReactNode, locale: Locale = 'en') {
  return (
    <IntlProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
      {children}
    </IntlProvider>
  );
}
