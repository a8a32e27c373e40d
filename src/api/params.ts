/**
 * Query parameters shared by the API and the pages: one reading and one validation of a meeting filter,
 * a search and a page, so that a shareable page URL and an API URL mean the same thing.
 */
import { isStoredId, LEVELS, STATUSES, TOPICS, type MeetingFilter } from '../store/index.ts';

export const FILTER_KEYS = ['body', 'level', 'from', 'to', 'country', 'city', 'participant', 'topic', 'status', 'q'] as const;

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;
const MAX_OFFSET = 1_000_000;
/** Largest request body the app accepts (413 beyond it), and what it answers then. */
export const MAX_BODY_BYTES = 64 * 1024;
export const BODY_TOO_LARGE = `request body larger than ${MAX_BODY_BYTES / 1024} KB`;

export type Query = Record<string, string | undefined>;
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const RULES: Record<(typeof FILTER_KEYS)[number], { test: (v: string) => boolean; expected: string }> = {
  body: { test: (v) => /^[a-z0-9_-]{1,40}$/.test(v), expected: 'a body code such as coalition or nato' },
  level: { test: (v) => (LEVELS as readonly string[]).includes(v), expected: `one of ${LEVELS.join(', ')}` },
  from: { test: (v) => ISO_DATE.test(v), expected: 'an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)' },
  to: { test: (v) => ISO_DATE.test(v), expected: 'an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)' },
  country: { test: (v) => /^[A-Za-z]{2}$/.test(v), expected: 'an ISO 3166 alpha-2 code such as FR' },
  city: { test: (v) => v.length <= 100, expected: 'a city name of at most 100 characters' },
  participant: { test: (v) => v.length <= 100, expected: 'a participant code or name of at most 100 characters' },
  topic: { test: (v) => (TOPICS as readonly string[]).includes(v), expected: `one of ${TOPICS.join(', ')}` },
  status: { test: (v) => (STATUSES as readonly string[]).includes(v), expected: `one of ${STATUSES.join(', ')}` },
  q: { test: (v) => v.length <= 200, expected: 'text of at most 200 characters' },
};

/** The filter a query asks for; empty values are ignored. */
export function parseMeetingFilter(query: Query): Parsed<MeetingFilter> {
  const filter: MeetingFilter = {};
  for (const key of FILTER_KEYS) {
    const value = query[key]?.trim();
    if (!value) continue;
    if (!RULES[key].test(value)) return { ok: false, error: `${key} must be ${RULES[key].expected}` };
    filter[key] = key === 'country' ? value.toUpperCase() : value;
  }
  if (filter.from && filter.to && filter.from.slice(0, filter.to.length) > filter.to) {
    return { ok: false, error: 'from must not be after to' };
  }
  return { ok: true, value: filter };
}

export function parsePage(query: Query, defaultLimit = DEFAULT_LIMIT): Parsed<{ limit: number; offset: number }> {
  const number = (key: string, fallback: number, min: number, max: number): number | string => {
    const raw = query[key]?.trim();
    if (!raw) return fallback;
    const n = Number(raw);
    return /^\d+$/.test(raw) && n >= min && n <= max ? n : `${key} must be an integer from ${min} to ${max}`;
  };
  const limit = number('limit', defaultLimit, 1, MAX_LIMIT);
  const offset = number('offset', 0, 0, MAX_OFFSET);
  if (typeof limit === 'string') return { ok: false, error: limit };
  if (typeof offset === 'string') return { ok: false, error: offset };
  return { ok: true, value: { limit, offset } };
}

export function parseSearch(query: Query): Parsed<{ q: string; lang?: 'fr' | 'en' }> {
  const q = query.q?.trim() ?? '';
  if (q.length > 200) return { ok: false, error: 'q must be text of at most 200 characters' };
  const lang = query.lang?.trim();
  if (!lang) return { ok: true, value: { q } };
  if (lang !== 'fr' && lang !== 'en') return { ok: false, error: 'lang must be fr or en' };
  return { ok: true, value: { q, lang } };
}

/** The database id a route parameter names, or null when it names none. */
export function parseId(raw: string): number | null {
  const id = Number(raw);
  return /^\d{1,10}$/.test(raw) && isStoredId(id) ? id : null;
}
