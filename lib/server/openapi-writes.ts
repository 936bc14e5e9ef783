// The write side of the API in the OpenAPI description: records, restore, history, revert, import and
// the article assistant.
// Writes need an editor (reverts an admin): a Bearer API token, or a signed-in session from this site.
const body = (description: string) => ({
  required: true,
  content: { 'application/json': { schema: { type: 'object', description } } },
});
const res = (code: string, description: string) => ({ [code]: { description } });
const denied = {
  ...res('401', 'Not signed in and no valid token'),
  ...res('403', 'Role too weak, or a cross-site cookie write'),
};
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const security = [{ bearer: [] }];

export const WRITE_PATHS = {
  '/api/v1/records': {
    post: {
      summary: 'Create a record (editor)',
      security,
      requestBody: body('The record: the JSON import shape (docs/import.md). Blank ids are made for you.'),
      responses: {
        ...res('201', '{ id, version, url }'),
        ...res('422', 'Per-field problems: error.fields[]'),
        ...denied,
      },
    },
  },
  '/api/v1/records/{id}': {
    patch: {
      summary: 'Replace a record’s content (editor), if still at the version edited',
      security,
      parameters: [id],
      requestBody: body('The record plus "version": the version read from GET (or an If-Match header).'),
      responses: {
        ...res('200', '{ id, version, url }'),
        ...res('409', 'Changed meanwhile: { error, current, version, theirs, yours, by }'),
        ...res('422', 'Per-field problems'),
        ...denied,
      },
    },
    delete: {
      summary: 'Delete a record (soft, restorable; editor). ?version= guards against races',
      security,
      parameters: [id, { name: 'version', in: 'query', schema: { type: 'integer' } }],
      responses: { ...res('200', '{ id, version }'), ...res('409', 'Changed meanwhile'), ...denied },
    },
  },
  '/api/v1/records/{id}/restore': {
    post: {
      summary: 'Restore a deleted record (editor)',
      security,
      parameters: [id],
      responses: { ...res('200', '{ id, version }'), ...denied },
    },
  },
  '/api/v1/records/{id}/history': {
    get: {
      summary: 'A record’s changes, newest first (staff)',
      security,
      parameters: [id],
      responses: { ...res('200', 'Changes'), ...denied },
    },
  },
  '/api/v1/changes/{change}/revert': {
    post: {
      summary: 'Revert the latest change of a record (admin)',
      security,
      parameters: [{ name: 'change', in: 'path', required: true, schema: { type: 'integer' } }],
      responses: { ...res('200', '{ id, version }'), ...res('409', 'Later changes exist'), ...denied },
    },
  },
  '/api/v1/import': {
    post: {
      summary: 'Import a CSV, JSON or JSON Lines file (editor): all or nothing',
      security,
      parameters: [
        { name: 'kind', in: 'query', schema: { type: 'string', enum: ['records', 'actors', 'memberships'] } },
        { name: 'format', in: 'query', schema: { type: 'string', enum: ['csv', 'json', 'jsonl'] } },
        { name: 'dryRun', in: 'query', schema: { type: 'string', enum: ['1', '0'] } },
      ],
      requestBody: {
        required: true,
        content: { 'text/csv': {}, 'application/json': {}, 'application/x-ndjson': {} },
      },
      responses: {
        ...res('200', 'Report: rows, create, update, errors[], preview[], committed'),
        ...res('413', 'Larger than 50 MB'),
        ...res('422', 'Report with row-level errors; nothing written'),
        ...denied,
      },
    },
  },
  '/api/v1/assist/extract': {
    post: {
      summary: 'Read a news article and propose a draft record (editor); nothing is written',
      security,
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['text'],
              additionalProperties: false,
              properties: {
                text: {
                  type: 'string',
                  description: 'The article text (English, French or Spanish), up to 200 KB',
                },
                url: { type: ['string', 'null'], format: 'uri' },
                publisher: { type: ['string', 'null'] },
                publishedOn: { type: ['string', 'null'], pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
                language: { type: ['string', 'null'], enum: ['en', 'fr', 'es', 'auto', null] },
              },
            },
          },
        },
      },
      responses: {
        ...res(
          '200',
          'The proposal: language, sentences, actors (role, confidence, reason), place, date (value, precision, basis), dateMentions, kind, topics, objectives, people, excerpt; each suggestion with the text offsets and sentence it rests on',
        ),
        ...res('400', 'Bad fields: error.fields[] names each'),
        ...res('413', 'Text longer than 200 KB'),
        ...res('415', 'Not JSON'),
        ...denied,
      },
    },
  },
  '/api/v1/import/template.csv': {
    get: { summary: 'CSV template (?kind=)', responses: res('200', 'text/csv') },
  },
  '/api/v1/import/template.json': {
    get: { summary: 'JSON template (?kind=)', responses: res('200', 'JSON') },
  },
};

/** Adds the write operations to the read API's paths (same path, more methods). */
export function withWrites<T extends Record<string, object>>(doc: { paths: T } & Record<string, unknown>) {
  const paths: Record<string, object> = { ...doc.paths };
  for (const [p, ops] of Object.entries(WRITE_PATHS)) paths[p] = { ...(paths[p] ?? {}), ...ops };
  return {
    ...doc,
    paths,
    components: {
      ...((doc.components as object | undefined) ?? {}),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An API token: atl_…' } },
    },
  };
}
