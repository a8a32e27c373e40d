/** The OpenAPI 3 description of the HTTP API, served at /openapi.json. */
import { LEVELS, SLOTS, STATUSES, TOPICS } from '../store/index.ts';
import { BODY_TOO_LARGE, DEFAULT_LIMIT, MAX_LIMIT } from './params.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const error = (description: string) => ({ description, ...json(ref('Error')) });
const text = { type: 'string' };
const nullableText = { type: ['string', 'null'] };
const query = (name: string, description: string, schema: object = text) => ({ name, in: 'query', required: false, description, schema });
const idParam = (name: string, what: string) => ({ name, in: 'path', required: true, description: `${what} id`, schema: { type: 'integer', minimum: 1 } });

const page = [
  query('limit', `page size (default ${DEFAULT_LIMIT})`, { type: 'integer', minimum: 1, maximum: MAX_LIMIT }),
  query('offset', 'items to skip', { type: 'integer', minimum: 0 }),
];
const isoDate = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };

const meetingFilters = [
  query('body', 'body code: coalition, nato, eu, un, g7…'),
  query('level', 'meeting level', { type: 'string', enum: LEVELS }),
  query('from', 'on or after this ISO date (compared at the coarser precision)', isoDate),
  query('to', 'on or before this ISO date (compared at the coarser precision)', isoDate),
  query('country', 'host country, ISO 3166 alpha-2', { type: 'string', pattern: '^[A-Za-z]{2}$' }),
  query('city', 'host city (case-insensitive)'),
  query('participant', 'a participant code (FR, NATO) or a chair'),
  query('topic', 'agenda topic', { type: 'string', enum: TOPICS }),
  query('status', 'meeting status', { type: 'string', enum: STATUSES }),
  query('q', 'free text: every word in the places, names, topics or source titles (accent-insensitive)', { type: 'string', maxLength: 200 }),
];

/** A curation on a meeting: bearer token, a JSON body of `properties` plus a note, the meeting after it. */
const write = (summary: string, properties: object, required: string[], status: '200' | '201', ok: string) => ({
  summary,
  security: [{ bearer: [] }],
  parameters: [idParam('id', 'meeting')],
  requestBody: {
    required: true,
    ...json({ type: 'object', required, properties: { ...properties, note: { type: 'string', maxLength: 1000, description: 'why, for the audit log' } } }),
  },
  responses: {
    [status]: { description: ok, ...json(ref('MeetingDetail')) },
    '400': error('invalid input'),
    '401': error('missing or wrong token'),
    '403': error('writes are disabled: no CHRONICLE_TOKEN on the server'),
    '404': error('unknown meeting or mention'),
    '413': error(BODY_TOO_LARGE),
    '415': error('body is not JSON'),
  },
});

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Chronicle API',
    version: '1.0.0',
    description:
      'Meetings of multilateral bodies read from news reports, each value with the text it was read from. Reads are open; curation needs the server token (CHRONICLE_TOKEN) as a Bearer token, and the author may be named with X-Chronicle-Author.',
  },
  servers: [{ url: '/' }],
  paths: {
    '/api/meetings': {
      get: {
        summary: 'List meetings, in date order',
        parameters: [...meetingFilters, ...page],
        responses: { '200': { description: 'one page of meetings', ...json(ref('MeetingList')) }, '400': error('invalid filter') },
      },
    },
    '/api/meetings/{id}': {
      get: {
        summary: 'One meeting with every value, its sources and evidence, conflicts, date reasons and audit log',
        parameters: [idParam('id', 'meeting')],
        responses: { '200': { description: 'the meeting', ...json(ref('MeetingDetail')) }, '404': error('no such meeting') },
      },
      patch: write(
        'Set one value of a meeting (a curation: it wins over extraction and survives re-ingestion)',
        { slot: { type: 'string', enum: SLOTS }, value: { description: 'the new value; null clears it' } },
        ['slot', 'value'],
        '200',
        'the meeting after the change',
      ),
    },
    '/api/meetings/{id}/merge': {
      post: write('Merge another meeting into this one', { otherId: { type: 'integer', minimum: 1 } }, ['otherId'], '200', 'the merged meeting'),
    },
    '/api/meetings/{id}/split': {
      post: write('Move one mention out of this meeting into a new meeting', { mentionId: { type: 'integer', minimum: 1 } }, ['mentionId'], '201', 'the new meeting'),
    },
    '/api/meetings/{id}/audit': {
      get: {
        summary: 'The audit log of a meeting',
        parameters: [idParam('id', 'meeting')],
        responses: { '200': { description: 'entries, oldest first', ...json({ type: 'array', items: ref('AuditEntry') }) }, '404': error('no such meeting') },
      },
    },
    '/api/documents': {
      get: {
        summary: 'List documents by publication date',
        parameters: page,
        responses: { '200': { description: 'one page of documents', ...json(ref('DocumentList')) }, '400': error('invalid page') },
      },
    },
    '/api/documents/{id}': {
      get: {
        summary: 'One document with its text and the mentions extracted from it',
        parameters: [idParam('id', 'document')],
        responses: { '200': { description: 'the document', ...json(ref('DocumentDetail')) }, '404': error('no such document') },
      },
    },
    '/api/search': {
      get: {
        summary: 'Full-text search over documents in French and English, accent-insensitive, best first',
        parameters: [
          { ...query('q', 'words, "a phrase", -excluded, or', { type: 'string', minLength: 1, maxLength: 200 }), required: true },
          query('lang', 'only documents in this language', { type: 'string', enum: ['fr', 'en'] }),
          ...page,
        ],
        responses: { '200': { description: 'matching documents', ...json(ref('SearchResult')) }, '400': error('missing or invalid query') },
      },
    },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the value of CHRONICLE_TOKEN on the server' } },
    schemas: {
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
      MentionRef: {
        type: 'object',
        properties: {
          doc: text,
          documentId: { type: 'integer' },
          mentionId: { type: 'integer' },
          role: { type: 'string', enum: ['subject', 'mentioned'] },
          date: nullableText,
          city: nullableText,
          status: text,
          independent: { type: 'boolean' },
        },
      },
      Meeting: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          body: text,
          level: { type: 'string', enum: LEVELS },
          date: { ...nullableText, description: 'ISO date at its precision' },
          datePrecision: { type: ['string', 'null'], enum: ['day', 'month', 'year', null] },
          endDate: nullableText,
          city: nullableText,
          country: nullableText,
          venue: nullableText,
          lat: { type: ['number', 'null'] },
          lon: { type: ['number', 'null'] },
          status: { type: 'string', enum: STATUSES },
          chairs: { type: 'array', items: text },
          participants: { type: 'array', items: text },
          topics: { type: 'array', items: { type: 'string', enum: TOPICS } },
          memberCount: { type: ['object', 'null'], properties: { value: { type: 'integer' }, qualifier: text } },
          mentions: { type: 'array', items: ref('MentionRef') },
        },
      },
      MeetingList: {
        type: 'object',
        properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, meetings: { type: 'array', items: ref('Meeting') } },
      },
      SlotSource: {
        type: 'object',
        properties: {
          mentionId: { type: 'integer' },
          documentId: { type: 'integer' },
          doc: text,
          evidence: { type: ['object', 'null'], properties: { start: { type: 'integer' }, end: { type: 'integer' }, text } },
          rule: nullableText,
          confidence: { type: ['number', 'null'] },
          independent: { type: 'boolean', description: 'false for a near-copy of another source' },
        },
      },
      AuditEntry: {
        type: 'object',
        properties: { id: { type: 'integer' }, at: text, author: text, action: { type: 'string', enum: ['set', 'merge', 'split', 'ingest'] }, meetingId: { type: ['integer', 'null'] }, detail: {} },
      },
      MeetingDetail: {
        allOf: [
          ref('Meeting'),
          {
            type: 'object',
            properties: {
              values: {
                type: 'object',
                additionalProperties: {
                  type: 'object',
                  properties: { value: {}, sources: { type: 'array', items: ref('SlotSource') }, curated: { type: 'object', properties: { author: text, at: text, note: text } } },
                },
              },
              conflicts: {
                type: 'array',
                items: { type: 'object', properties: { slot: text, values: { type: 'array', items: { type: 'object', properties: { value: {}, mentionIds: { type: 'array', items: { type: 'integer' } } } } } } },
              },
              dateReasons: { type: 'array', items: text },
              audit: { type: 'array', items: ref('AuditEntry') },
            },
          },
        ],
      },
      Document: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          doc: text,
          url: nullableText,
          title: nullableText,
          lang: { type: 'string', enum: ['fr', 'en'] },
          published: nullableText,
          publishedPrecision: nullableText,
          crawlDate: nullableText,
          contentHash: text,
          ingestedAt: text,
          mentions: { type: 'integer' },
        },
      },
      DocumentList: {
        type: 'object',
        properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, documents: { type: 'array', items: ref('Document') } },
      },
      DocumentDetail: {
        allOf: [
          ref('Document'),
          {
            type: 'object',
            properties: {
              text: { ...text, description: 'normalised text; every evidence offset points into it' },
              duplicateOf: { type: ['integer', 'null'] },
              mentions: { type: 'array', items: { type: 'object', properties: { mentionId: { type: 'integer' }, meetingId: { type: ['integer', 'null'] }, payload: { type: 'object' } } } },
            },
          },
        ],
      },
      SearchResult: {
        type: 'object',
        properties: {
          total: { type: 'integer' },
          limit: { type: 'integer' },
          offset: { type: 'integer' },
          hits: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: { type: 'integer' },
                doc: text,
                title: nullableText,
                lang: text,
                published: nullableText,
                rank: { type: 'number' },
                snippet: { ...text, description: 'matched words between U+E000 and U+E001' },
              },
            },
          },
        },
      },
    },
  },
};
