// `npm run i18n:coverage`: how much of the atlas each locale shows in its own language.
// - Interface messages: keys present (a missing key also fails lib/i18n/messages.test.ts) and messages
//   still identical to English (some rightly are: "API", "CC BY 4.0"; the list is printed with --verbose).
// - Data labels from the shipped data files (the same loaders as the seed): names of countries,
//   organisations, places and topics, and GCM objective short labels, in each language. A missing one is
//   shown in English, marked as such (docs/decisions/0009-locales-and-rtl.md).
// Options: --json prints the numbers as JSON; --verbose lists what is missing.
import { LOCALES, type Locale } from '../lib/i18n/config';
import { MESSAGES } from '../lib/i18n/messages';
import { buildSeedData } from '../prisma/seed/build';

const json = process.argv.includes('--json');
const verbose = process.argv.includes('--verbose');

function leaves(obj: unknown, prefix = ''): Array<[string, string]> {
  if (typeof obj === 'string') return [[prefix, obj]];
  return Object.entries(obj as object).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

// Text with no words of a language of its own: the same in every locale by design.
const LANGUAGE_NEUTRAL = /^[\s\p{P}\p{S}\d{}#a-z,]*$|^(API|CC BY 4\.0|Compact Atlas|JSON|CSV|SVG)$/u;

interface Row {
  what: string;
  total: number;
  own: Record<Locale, number>;
  missing: Record<Locale, string[]>;
}

function uiCoverage() {
  const en = new Map(leaves(MESSAGES.en));
  return LOCALES.map((locale) => {
    const own = new Map(leaves(MESSAGES[locale]));
    const missing = [...en.keys()].filter((k) => !own.has(k));
    const extra = [...own.keys()].filter((k) => !en.has(k));
    const sameAsEnglish =
      locale === 'en'
        ? []
        : [...own].filter(([k, v]) => en.get(k) === v && !LANGUAGE_NEUTRAL.test(v)).map(([k]) => k);
    return { locale, keys: en.size, present: en.size - missing.length, missing, extra, sameAsEnglish };
  });
}

function dataCoverage(): Row[] {
  const d = buildSeedData();
  const row = (
    what: string,
    items: Array<{ id: string; names: Partial<Record<Locale, string | null>> }>,
  ): Row => {
    const own = {} as Row['own'];
    const missing = {} as Row['missing'];
    for (const l of LOCALES) {
      missing[l] = items.filter((i) => !i.names[l]).map((i) => i.id);
      own[l] = items.length - missing[l].length;
    }
    return { what, total: items.length, own, missing };
  };
  const named = (a: {
    id: string;
    nameEn: string;
    nameFr?: string | null;
    nameEs?: string | null;
    nameAr?: string | null;
  }) => ({
    id: a.id,
    names: { en: a.nameEn, fr: a.nameFr, es: a.nameEs, ar: a.nameAr },
  });
  return [
    row('Countries and territories', d.actors.filter((a) => a.kind === 'state').map(named)),
    row('Organisations and forums', d.actors.filter((a) => a.kind !== 'state').map(named)),
    row('Places', d.places.map(named)),
    row('Topics', d.topics.map(named)),
    row(
      'GCM objectives (short labels)',
      d.commitments
        .filter((c) => c.frameworkId === 'gcm')
        .map((c) => ({
          id: `gcm-${c.number}`,
          names: { en: c.shortEn, fr: c.shortFr, es: c.shortEs, ar: c.shortAr },
        })),
    ),
    row(
      'GCM objectives (full titles)',
      d.commitments
        .filter((c) => c.frameworkId === 'gcm')
        .map((c) => ({ id: `gcm-${c.number}`, names: { en: c.titleEn, fr: c.titleFr } })),
    ),
  ];
}

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(0)}%` : '—');
const ui = uiCoverage();
const data = dataCoverage();

if (json) {
  console.log(JSON.stringify({ ui, data }, null, 2));
} else {
  console.log('Interface messages');
  console.log(`  ${'locale'.padEnd(8)}${'keys'.padStart(12)}${'same as English'.padStart(18)}`);
  for (const u of ui)
    console.log(
      `  ${u.locale.padEnd(8)}${`${u.present}/${u.keys}`.padStart(12)}${String(u.sameAsEnglish.length).padStart(18)}` +
        (u.missing.length || u.extra.length ? `   missing ${u.missing.length}, extra ${u.extra.length}` : ''),
    );
  console.log('\nData labels in each language (the rest are shown in English, marked as such)');
  console.log(`  ${''.padEnd(32)}${LOCALES.map((l) => l.padStart(14)).join('')}`);
  for (const r of data)
    console.log(
      `  ${r.what.padEnd(32)}${LOCALES.map((l) => `${r.own[l]}/${r.total} ${pct(r.own[l], r.total)}`.padStart(14)).join('')}`,
    );
  if (verbose) {
    for (const u of ui) {
      if (u.missing.length) console.log(`\n${u.locale}: missing keys: ${u.missing.join(', ')}`);
      if (u.sameAsEnglish.length)
        console.log(`\n${u.locale}: same as English: ${u.sameAsEnglish.join(', ')}`);
    }
    for (const r of data)
      for (const l of LOCALES)
        if (r.missing[l].length && r.missing[l].length < r.total)
          console.log(`\n${r.what}, ${l}: no name for ${r.missing[l].join(', ')}`);
  }
}
process.exit(ui.some((u) => u.missing.length || u.extra.length) ? 1 : 0);
