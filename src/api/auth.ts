/**
 * Who may write. One shared token (CHRONICLE_TOKEN) enables curation: API clients send it as a
 * Bearer token; the web UI asks for it once and keeps a digest of it in an HttpOnly, SameSite=Strict
 * cookie, so the token itself never sits in the browser.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'chronicle_session';
export const AUTHOR_COOKIE = 'chronicle_author';
const WRITES_DISABLED = 'writes are disabled: the server has no CHRONICLE_TOKEN configured';

export type WriteAccess = { ok: true; author: string } | { ok: false; status: 401 | 403; error: string };

function digest(value: string): Buffer {
  return createHash('sha256').update(`chronicle:${value}`).digest();
}

/** The cookie value standing for a token. */
export function sessionValue(token: string): string {
  return digest(token).toString('hex');
}

function same(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

export function tokenMatches(configured: string, given: string): boolean {
  return same(digest(configured), digest(given));
}

/** An author name as given by a client, trimmed to something printable and short. */
export function cleanAuthor(raw: string | undefined, fallback: string): string {
  const name = (raw ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 80);
  return name || fallback;
}

export function apiWriteAccess(c: Context, token: string | undefined): WriteAccess {
  if (!token) return { ok: false, status: 403, error: WRITES_DISABLED };
  const header = c.req.header('authorization') ?? '';
  const given = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
  if (!given || !tokenMatches(token, given)) return { ok: false, status: 401, error: 'a valid token is required: Authorization: Bearer <CHRONICLE_TOKEN>' };
  return { ok: true, author: cleanAuthor(c.req.header('x-chronicle-author'), 'api') };
}

export function webWriteAccess(c: Context, token: string | undefined): WriteAccess {
  if (!token) return { ok: false, status: 403, error: WRITES_DISABLED };
  const session = getCookie(c, SESSION_COOKIE);
  if (!session || !/^[0-9a-f]{64}$/.test(session) || !same(Buffer.from(session, 'hex'), digest(token))) {
    return { ok: false, status: 401, error: 'sign in with the curation token to change the chronicle' };
  }
  return { ok: true, author: cleanAuthor(getCookie(c, AUTHOR_COOKIE), 'web') };
}
