// Editorial data: the topic taxonomy, the place gazetteer and hand-written records (the founding
// record first), all in data/editorial.
import fs from 'node:fs';
import { recordInputSchema, type RecordInput } from '../../lib/domain/record-input';
import { cell, dataPath, readCsv, readJson, required } from './files';
import type { PlaceRow, TopicRow } from './model';

export function loadTopics(): TopicRow[] {
  return readCsv(dataPath('editorial', 'topics.csv')).map((r, i) => {
    const where = `topics.csv row ${i + 2}`;
    const objectives = required(r, 'objectives', where).split('|').map(Number);
    if (objectives.some((n) => !Number.isInteger(n) || n < 1 || n > 23))
      throw new Error(`${where}: objectives must be numbers 1-23`);
    return {
      id: required(r, 'id', where),
      nameEn: required(r, 'name_en', where),
      nameFr: required(r, 'name_fr', where),
      nameEs: cell(r, 'name_es'),
      nameAr: cell(r, 'name_ar'),
      descriptionEn: cell(r, 'description_en'),
      sortOrder: Number(required(r, 'sort_order', where)),
      objectives,
    };
  });
}

export function loadPlaces(): PlaceRow[] {
  return readCsv(dataPath('editorial', 'places.csv')).map((r, i) => {
    const where = `places.csv row ${i + 2}`;
    return {
      id: required(r, 'id', where),
      countryId: required(r, 'country', where),
      nameEn: required(r, 'name_en', where),
      nameFr: cell(r, 'name_fr'),
      nameEs: cell(r, 'name_es'),
      nameAr: cell(r, 'name_ar'),
      nameZh: cell(r, 'name_zh'),
      nameRu: cell(r, 'name_ru'),
    };
  });
}

export function loadEditorialRecords(): RecordInput[] {
  const dir = dataPath('editorial', 'records');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = recordInputSchema.safeParse(readJson<unknown>(`${dir}/${f}`));
      if (!parsed.success)
        throw new Error(
          `data/editorial/records/${f}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      return parsed.data;
    });
}
