// All interface messages. `messages/<locale>.json` holds the core; each feature keeps its own namespace
// in `messages/<locale>/<namespace>.json` (one file per feature keeps parallel work conflict-free).
// English is the reference: every locale must have exactly its keys (checked by messages.test.ts).
import en from '../../messages/en.json';
import enCharts from '../../messages/en/charts.json';
import enNetwork from '../../messages/en/network.json';
import fr from '../../messages/fr.json';
import frCharts from '../../messages/fr/charts.json';
import frNetwork from '../../messages/fr/network.json';
import type { Locale } from './config';

const enAll = { ...en, charts: enCharts, network: enNetwork };

export type Messages = typeof enAll;

export const MESSAGES: Record<Locale, Messages> = {
  en: enAll,
  fr: { ...fr, charts: frCharts, network: frNetwork },
};
