// What POST /api/v1/assist/extract accepts, shared by the route (which enforces it) and the editor's
// article form (which checks the size before sending). The text is passed on exactly as received:
// every suggestion points at character offsets in it.
import { z } from 'zod';
import { parsePartialDate } from '../domain/dates';
import type { ExtractInput } from './types';

/** Long enough for any news story or press release; a book chapter is not an article. */
export const MAX_ARTICLE_BYTES = 200 * 1024;

export function articleBytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

// Blank optional fields (an empty form input) mean "not known".
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

export const extractRequestSchema = z.strictObject({
  text: z
    .string({ error: 'Paste the text of the article (a string).' })
    .refine((v) => v.trim() !== '', 'Paste the text of the article.'),
  url: z.preprocess(
    blank,
    z
      .url({ protocol: /^https?$/, message: 'Give a web address starting with http:// or https://.' })
      .nullish(),
  ),
  publisher: z.preprocess(
    blank,
    z.string({ error: 'Name the publisher (a string).' }).trim().max(300).nullish(),
  ),
  publishedOn: z.preprocess(
    blank,
    z
      .string({ error: 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD.' })
      .trim()
      .refine(
        (v) => parsePartialDate(v) !== null,
        'Write the date as YYYY, YYYY-MM or YYYY-MM-DD (a real date).',
      )
      .nullish(),
  ),
  // "auto" is what the form's language menu sends when the editor leaves it to the assistant.
  language: z.preprocess(
    (v) => (v === 'auto' ? null : blank(v)),
    z.enum(['en', 'fr', 'es'], { error: 'Use en, fr or es, or auto to detect the language.' }).nullish(),
  ),
});

export function toExtractInput(body: z.infer<typeof extractRequestSchema>): ExtractInput {
  return {
    text: body.text,
    url: body.url ?? null,
    publisher: body.publisher ?? null,
    publishedOn: body.publishedOn ?? null,
    language: body.language ?? null,
  };
}
