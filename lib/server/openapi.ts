// The read API described as OpenAPI 3.1, served at /api/v1/openapi.json.
import { ACTOR_KINDS, GCM_OBJECTIVE_COUNT, RECORD_KINDS } from '../domain/vocab';
import { MAX_LISTED_PARTICIPANTS } from './api';
import { RECORD_SORTS } from './queries/records';
import { NETWORK_DEFAULT_LIMIT, NETWORK_EDGE_MEASURES, NETWORK_MAX_LIMIT } from './queries/network';
import { AUTO_MONTH_MAX_MONTHS } from './queries/timeline';

const list = (description: string, example: string) => ({
  in: 'query',
  required: false,
  style: 'form',
  explode: true,
  description: `${description} Repeat the parameter or separate values with commas; values are alternatives.`,
  schema: { type: 'array', items: { type: 'string' } },
  example,
});

const filterParams = [
  { name: 'country', ...list('ISO 3166-1 alpha-3 codes of participating states.', 'VNM') },
  { name: 'actor', ...list('Actor ids of participants (states or organisations).', 'iom') },
  { name: 'bloc', ...list('Body ids: records in which the body or one of its members takes part.', 'asean') },
  { name: 'topic', ...list('Topic slugs (see /api/v1/topics).', 'health') },
  { name: 'objective', ...list(`GCM objective numbers, 1 to ${GCM_OBJECTIVE_COUNT}.`, '6') },
  { name: 'kind', ...list(`Record kinds: ${RECORD_KINDS.join(', ')}.`, 'meeting') },
  ...(['from', 'to'] as const).map((name) => ({
    name,
    in: 'query',
    required: false,
    description: `${name === 'from' ? 'Start' : 'End'} of the period, inclusive: YYYY, YYYY-MM or YYYY-MM-DD. A record matches when the days its date may cover overlap the period.`,
    schema: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
  })),
  {
    name: 'q',
    in: 'query',
    required: false,
    description: 'Text search, accent- and case-insensitive; every word must match.',
    schema: { type: 'string', maxLength: 200 },
  },
];

const lang = {
  name: 'lang',
  in: 'query',
  required: false,
  description:
    'Language of names and labels: en (default), fr, es or ar. A label the sources do not give in that language is returned in English, with nameLang (or shortLang) naming its language.',
  schema: { type: 'string', enum: ['en', 'fr', 'es', 'ar'] },
};
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

const errors = {
  '400': {
    description: 'A bad parameter; the error names it.',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  },
};
const notFound = {
  '404': {
    description: 'Unknown id.',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  },
};
const ok = (description: string) => ({
  '200': { description, content: { 'application/json': { schema: { type: 'object' } } } },
});

export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Compact Atlas read API',
      version: '1',
      description:
        'Cooperation records on migration (meetings, agreements, pledges, votes, memberships...), the actors taking part, and the GCM and SDG 10.7 commitments they advance. All aggregates are computed in the database. Every record cites its sources.',
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/api/v1/records': {
        get: {
          summary: 'Filtered, paged records',
          parameters: [
            ...filterParams,
            { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
            {
              name: 'pageSize',
              in: 'query',
              schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
            },
            { name: 'sort', in: 'query', schema: { type: 'string', enum: RECORD_SORTS, default: '-date' } },
            {
              name: 'participants',
              in: 'query',
              description:
                'List at most this many participants per record, the first in reading order (hosts and parties first); each item’s participantCount still counts them all. Default: all.',
              schema: { type: 'integer', minimum: 0, maximum: MAX_LISTED_PARTICIPANTS },
            },
            {
              name: 'sources',
              in: 'query',
              description: '`none` leaves each record’s sources out (a list that does not show them).',
              schema: { type: 'string', enum: ['all', 'none'], default: 'all' },
            },
            lang,
          ],
          responses: { ...ok('{ total, page, pageSize, items }'), ...errors },
        },
      },
      '/api/v1/records/{id}': {
        get: {
          summary: 'One record with people, sources and excerpts',
          parameters: [id, lang],
          responses: { ...ok('The record'), ...errors, ...notFound },
        },
      },
      '/api/v1/actors': {
        get: {
          summary: 'Actors',
          parameters: [
            { name: 'kind', in: 'query', schema: { type: 'string', enum: ACTOR_KINDS } },
            { name: 'q', in: 'query', schema: { type: 'string' } },
            lang,
          ],
          responses: { ...ok('{ total, items }'), ...errors },
        },
      },
      '/api/v1/actors/{id}': {
        get: {
          summary: 'One actor with memberships both ways and, for states, stances',
          parameters: [id, lang],
          responses: { ...ok('The actor'), ...errors, ...notFound },
        },
      },
      '/api/v1/commitments': {
        get: {
          summary: 'Frameworks (GCM, SDGs) and their commitments',
          parameters: [lang],
          responses: { ...ok('{ frameworks }'), ...errors },
        },
      },
      '/api/v1/stances': {
        get: {
          summary: 'Stance sets, or one set with per-state positions and totals',
          parameters: [
            {
              name: 'commitment',
              in: 'query',
              schema: { type: 'string', enum: ['gcm-endorsement', 'gcm-champion'] },
            },
            lang,
          ],
          responses: { ...ok('{ sets } or { id, totals, stances, ... }'), ...errors },
        },
      },
      '/api/v1/topics': {
        get: {
          summary: 'The topic taxonomy with the GCM objectives each serves',
          parameters: [lang],
          responses: { ...ok('{ topics }'), ...errors },
        },
      },
      '/api/v1/timeline': {
        get: {
          summary: 'Records per year or month, by kind or by topic',
          parameters: [
            ...filterParams,
            {
              name: 'interval',
              in: 'query',
              schema: { type: 'string', enum: ['auto', 'year', 'month'], default: 'year' },
              description: `auto: months when the selected records span at most ${AUTO_MONTH_MAX_MONTHS} months, else years; the response's interval says which. With months, records dated only to a year are returned in yearOnly.`,
            },
            {
              name: 'stack',
              in: 'query',
              schema: { type: 'string', enum: ['kind', 'topic'], default: 'kind' },
              description:
                'topic: buckets also carry byTopic (topic id -> records; a record counts under each of its topics, none for records without one). count stays the number of records.',
            },
            lang,
          ],
          responses: {
            ...ok('{ interval, stack, total, buckets: [{ start, count, byKind, byTopic? }], yearOnly }'),
            ...errors,
          },
        },
      },
      '/api/v1/records.csv': {
        get: {
          summary:
            'Every filtered record as CSV, with comment lines (#) naming the filters, the retrieval date and the licence; formula-like cells are neutralised',
          parameters: [
            ...filterParams,
            lang,
            {
              name: 'bom',
              in: 'query',
              schema: { type: 'string', enum: ['0', '1'] },
              description: '1 adds a UTF-8 byte-order mark for spreadsheet programs.',
            },
          ],
          responses: { '200': { description: 'text/csv', content: { 'text/csv': {} } }, ...errors },
        },
      },
      '/api/v1/records.json': {
        get: {
          summary: 'Every filtered record as JSON: { meta, items }',
          parameters: [...filterParams, lang],
          responses: { ...ok('{ meta, items }'), ...errors },
        },
      },
      '/api/v1/countries.csv': {
        get: {
          summary: 'Records per participating state as CSV',
          parameters: [
            ...filterParams,
            lang,
            { name: 'bom', in: 'query', schema: { type: 'string', enum: ['0', '1'] } },
          ],
          responses: { '200': { description: 'text/csv', content: { 'text/csv': {} } }, ...errors },
        },
      },
      '/api/v1/summary': {
        get: {
          summary:
            'What a selection holds: records, states, organisations, GCM objectives, first and last dates',
          parameters: [...filterParams, lang],
          responses: { ...ok('{ records, states, organisations, objectives, from, to }'), ...errors },
        },
      },
      '/api/v1/map': {
        get: {
          summary: 'Records per participating state',
          parameters: [...filterParams, lang],
          responses: { ...ok('{ total, countries: [{ iso3, count }] }'), ...errors },
        },
      },
      '/api/v1/network': {
        get: {
          summary: 'Actors linked by the records they share',
          parameters: [
            ...filterParams,
            {
              name: 'limit',
              in: 'query',
              schema: {
                type: 'integer',
                minimum: 1,
                maximum: NETWORK_MAX_LIMIT,
                default: NETWORK_DEFAULT_LIMIT,
              },
              description: 'Most active actors kept (with focus, the focus always among them).',
            },
            {
              name: 'focus',
              in: 'query',
              schema: { type: 'string' },
              example: 'VNM',
              description:
                'An actor id: the ego network of this actor (itself, its neighbours and the edges among them). Empty when the actor takes part in none of the filtered records.',
            },
            {
              name: 'depth',
              in: 'query',
              schema: { type: 'integer', enum: [1, 2], default: 1 },
              description: 'With focus: direct neighbours (1) or also their neighbours (2).',
            },
            {
              name: 'edges',
              in: 'query',
              schema: { type: 'string', enum: [...NETWORK_EDGE_MEASURES], default: 'records' },
              description:
                'Edge weight: records both actors take part in, or current memberships (bodies both belong to; a member is also tied to a body that is a node). Neighbours for focus follow the same measure.',
            },
            lang,
          ],
          responses: {
            ...ok(
              "{ nodes: [{ id, kind, label, name, degree, records }], edges: [{ source, target, weight }], totalNodes, totalEdges, truncated, focus, depth, edgeMeasure }. totalEdges counts every tie before the node limit; it is null for a truncated network whose ties are not all read (a large ego network; a busy actor's, a topic's or an objective's network over all time, read from pre-counted pairs).",
            ),
            ...errors,
          },
        },
      },
    },
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string', enum: ['bad_parameter', 'not_found', 'internal'] },
                message: { type: 'string' },
                issues: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      param: { type: 'string' },
                      value: { type: 'string' },
                      code: { type: 'string' },
                      message: { type: 'string' },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  };
}
