// The shape of a cooperation record as people and files write it: editorial JSON in data/, the
// editor form and the import API all validate against this one schema.
import { z } from 'zod';
import { parsePartialDate } from './dates';
import { DATE_BASES, GCM_OBJECTIVE_COUNT, PARTICIPANT_ROLES, RECORD_KINDS } from './vocab';

const partialDate = z
  .string()
  .trim()
  .refine((v) => parsePartialDate(v) !== null, {
    message: 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD (a real date).',
  });

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and hyphens.');

export const sourceInputSchema = z.object({
  id: slug.max(120),
  publisher: z.string().trim().min(1, 'Name the publisher.').max(300),
  title: z.string().trim().min(1, 'Give the source a title.').max(500),
  url: z
    .url({ protocol: /^https?$/, message: 'Give a web address starting with http:// or https://.' })
    .nullable(),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'Use a language code such as en or fr.'),
  publishedOn: partialDate.nullable(),
  licence: z.string().trim().min(1, 'State the licence or terms of use.').max(500),
  note: z.string().trim().max(2000).nullable().optional(),
});
export type SourceInput = z.infer<typeof sourceInputSchema>;

export const recordInputSchema = z
  .object({
    id: slug.max(120),
    kind: z.enum(RECORD_KINDS),
    title: z.string().trim().min(3, 'Give the record a title.').max(300),
    summary: z.string().trim().max(5000),
    date: partialDate,
    dateBasis: z.enum(DATE_BASES).default('event'),
    endDate: partialDate.nullable().optional(),
    place: slug.nullable().optional(),
    participants: z
      .array(
        z.object({
          actor: z.string().trim().min(2, 'Choose an actor.').max(60),
          role: z.enum(PARTICIPANT_ROLES),
          detail: z.string().trim().max(300).nullable().optional(),
        }),
      )
      .min(1, 'A record needs at least one participant.'),
    people: z
      .array(
        z.object({
          name: z.string().trim().min(1, 'Give the person’s name.').max(200),
          title: z.string().trim().max(500).nullable().optional(),
          affiliation: z.string().trim().max(60).nullable().optional(),
        }),
      )
      .default([]),
    topics: z.array(slug).default([]),
    objectives: z.array(z.number().int().min(1).max(GCM_OBJECTIVE_COUNT)).default([]),
    sources: z
      .array(
        z.object({
          source: sourceInputSchema,
          excerpt: z.string().trim().min(1, 'Quote the passage the record rests on.').max(4000),
        }),
      )
      .min(1, 'A record needs at least one source.'),
    dataNote: z.string().trim().max(2000).nullable().optional(),
  })
  .superRefine((r, ctx) => {
    if (r.endDate) {
      const start = parsePartialDate(r.date)!;
      const end = parsePartialDate(r.endDate)!;
      if (end.end < start.start)
        ctx.addIssue({
          code: 'custom',
          path: ['endDate'],
          message: 'The end date is before the start date.',
        });
    }
    const seen = new Set<string>();
    r.participants.forEach((p, i) => {
      if (seen.has(p.actor))
        ctx.addIssue({
          code: 'custom',
          path: ['participants', i, 'actor'],
          message: `${p.actor} is listed twice.`,
        });
      seen.add(p.actor);
    });
  });
export type RecordInput = z.infer<typeof recordInputSchema>;
