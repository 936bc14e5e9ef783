// Chart images and oEmbed in the OpenAPI description (docs/embedding.md tells the whole story: iframes,
// auto-height, the host script and the printable report are pages, not API).
const query = (name: string, description: string, schema: object) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

const imageParams = [
  query('width', 'Width of the image in CSS pixels (a PNG is width × scale pixels).', {
    type: 'integer',
    minimum: 320,
    maximum: 2000,
    default: 800,
  }),
  query('lang', 'Language of the text: en (default), fr, es or ar (right to left).', {
    type: 'string',
    enum: ['en', 'fr', 'es', 'ar'],
  }),
  query('interval', 'timeline only: as /api/v1/timeline.', {
    type: 'string',
    enum: ['auto', 'year', 'month'],
  }),
  query('stack', 'timeline only: as /api/v1/timeline.', { type: 'string', enum: ['kind', 'topic'] }),
  query('map', 'map only: records per state, or the GCM endorsement vote.', {
    type: 'string',
    enum: ['records', 'stance'],
  }),
  query('focus', 'network only: as /api/v1/network.', { type: 'string' }),
  query('depth', 'network only: as /api/v1/network.', { type: 'integer', enum: [1, 2] }),
  query('edges', 'network only: as /api/v1/network.', { type: 'string', enum: ['records', 'memberships'] }),
];

export const EMBED_PATHS = {
  '/api/v1/charts/{chart}.svg': {
    get: {
      summary:
        'A chart as SVG for documents, laid out for a report: title, the filters in words, the chart, its legend, and a footer with source, data date, licence and the address of the view. Inter is embedded (WOFF2 @font-face), so it looks the same anywhere. Takes every filter parameter.',
      parameters: [
        {
          name: 'chart',
          in: 'path',
          required: true,
          schema: { type: 'string', enum: ['timeline', 'map', 'network'] },
        },
        ...imageParams,
      ],
      responses: {
        '200': { description: 'image/svg+xml', content: { 'image/svg+xml': {} } },
        '400': { description: 'A bad parameter; the error names it.' },
      },
    },
  },
  '/api/v1/charts/{chart}.png': {
    get: {
      summary:
        'The same chart image as PNG (rasterised on the server, same layout and font). Takes every filter parameter.',
      parameters: [
        {
          name: 'chart',
          in: 'path',
          required: true,
          schema: { type: 'string', enum: ['timeline', 'map', 'network'] },
        },
        ...imageParams,
        query('scale', '2 doubles the pixels (for print and high-density screens).', {
          type: 'integer',
          enum: [1, 2],
          default: 1,
        }),
      ],
      responses: {
        '200': { description: 'image/png', content: { 'image/png': {} } },
        '400': { description: 'A bad parameter; the error names it.' },
      },
    },
  },
  '/api/v1/oembed': {
    get: {
      summary:
        'oEmbed (type rich) for the address of an embed (/embed/…), a dashboard or profile (embeds its map) or a record: the iframe code, width, height, title and provider.',
      parameters: [
        { name: 'url', in: 'query', required: true, schema: { type: 'string', format: 'uri' } },
        query('maxwidth', 'Largest width the consumer can show.', { type: 'integer', minimum: 1 }),
        query('maxheight', 'Largest height the consumer can show.', { type: 'integer', minimum: 1 }),
        query('format', 'json only (xml answers 501).', { type: 'string', enum: ['json'] }),
      ],
      responses: {
        '200': { description: '{ version, type, provider_name, provider_url, title, html, width, height }' },
        '400': { description: 'A bad or missing parameter; the error names it.' },
        '404': { description: 'Not an address of this atlas that can be embedded.' },
        '501': { description: 'format=xml' },
      },
    },
  },
};

/** Adds the image and oEmbed endpoints to the API's paths. */
export function withEmbeds<T extends { paths: object }>(doc: T): T {
  return { ...doc, paths: { ...doc.paths, ...EMBED_PATHS } };
}
