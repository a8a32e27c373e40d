/**
 * The web UI: server-rendered pages whose state is the URL, and the curation forms. Forms post with
 * the session cookie; the CSRF guard refuses posts from other origins.
 */
import { Hono, type Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import type { Store } from '../store/index.ts';
import { renderDocument } from '../web/document-page.ts';
import { renderDocuments } from '../web/documents-page.ts';
import { errorPage } from '../web/layout.ts';
import { renderMeeting } from '../web/meeting-page.ts';
import { renderOverview } from '../web/overview-page.ts';
import { renderSignIn } from '../web/sign-in-page.ts';
import { AUTHOR_COOKIE, SESSION_COOKIE, cleanAuthor, sessionValue, tokenMatches, webWriteAccess } from './auth.ts';
import { applyCuration, curationStatus, formValue, parseCuration, type CurationRequest } from './curation.ts';
import { FILTER_KEYS, parseId, parseMeetingFilter, parsePage, parseSearch } from './params.ts';

/** Above this many dated meetings the timeline draws counts instead of one mark per meeting. */
const POINT_LIMIT = 600;
const NOTICES: Record<string, string> = { set: 'Value saved.', merge: 'Meetings merged.', split: 'Mention split off into this new meeting.' };

/** The URL's state that links keep: the filters, the colouring and the page size. */
function urlState(query: Record<string, string>, keys: readonly string[]): Record<string, string | undefined> {
  const state: Record<string, string | undefined> = {};
  for (const key of keys) if (query[key]?.trim()) state[key] = query[key]!.trim();
  return state;
}

function localPath(raw: string | undefined): string {
  return raw && /^\/(?![/\\])[\x21-\x7e]*$/.test(raw) ? raw : '/';
}

export function webRoutes(store: Store, token: string | undefined): Hono {
  const web = new Hono();
  const signedIn = (c: Context) => webWriteAccess(c, token).ok;
  web.use('*', csrf());

  web.get('/', async (c) => {
    const query = c.req.query();
    const filter = parseMeetingFilter(query);
    const paging = parsePage(query);
    if (!filter.ok) return c.html(errorPage('Invalid filter', filter.error, signedIn(c)), 400);
    if (!paging.ok) return c.html(errorPage('Invalid page', paging.error, signedIn(c)), 400);
    const colourBy = query.colour === 'body' ? 'body' : 'level';
    const overview = await store.meetingOverview(filter.value, POINT_LIMIT);
    const meetings = await store.listMeetings({ ...filter.value, ...paging.value });
    return c.html(
      renderOverview({
        filter: filter.value,
        state: urlState(query, [...FILTER_KEYS, 'colour', 'limit']),
        colourBy,
        overview,
        meetings,
        page: { ...paging.value, total: overview.total },
        signedIn: signedIn(c),
      }),
    );
  });

  const showMeeting = async (c: Context, id: number | null, extra: { error?: string; notice?: string } = {}, status: 200 | 400 | 401 | 403 | 404 = 200) => {
    const meeting = id === null ? null : await store.getMeetingDetail(id);
    if (!meeting) return c.html(errorPage('Not found', `There is no meeting ${c.req.param('id')}.`, signedIn(c)), 404);
    const sources = await store.getDocumentTexts([...new Set(meeting.mentions.map((m) => m.documentId))]);
    const documents = new Map(sources.map((d) => [d.id, d]));
    return c.html(renderMeeting({ meeting, documents, signedIn: signedIn(c), writesEnabled: Boolean(token), ...extra }), status);
  };

  web.get('/meetings/:id', (c) => {
    const done = c.req.query('done');
    return showMeeting(c, parseId(c.req.param('id')), done && NOTICES[done] ? { notice: NOTICES[done] } : {});
  });

  const curate = (action: CurationRequest['action']) => async (c: Context) => {
    const id = parseId(c.req.param('id') ?? '');
    const access = webWriteAccess(c, token);
    if (!access.ok) return showMeeting(c, id, { error: access.error }, access.status);
    const form = await c.req.parseBody();
    const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : undefined);
    const body =
      action === 'set'
        ? { slot: field('slot'), value: formValue(field('slot') ?? '', field('value') ?? ''), note: field('note') }
        : { [action === 'merge' ? 'otherId' : 'mentionId']: field(action === 'merge' ? 'otherId' : 'mentionId'), note: field('note') };
    const request = parseCuration(action, body);
    if (!request.ok) return showMeeting(c, id, { error: request.error }, 400);
    if (id === null) return showMeeting(c, id);
    try {
      const next = await applyCuration(store, id, request.value, access.author);
      return c.redirect(`/meetings/${next}?done=${action}`, 303);
    } catch (error) {
      const status = curationStatus(error);
      if (status === null) throw error;
      return showMeeting(c, id, { error: (error as Error).message }, status);
    }
  };
  web.post('/meetings/:id/set', curate('set'));
  web.post('/meetings/:id/merge', curate('merge'));
  web.post('/meetings/:id/split', curate('split'));

  web.get('/documents', async (c) => {
    const query = c.req.query();
    const search = parseSearch(query);
    const paging = parsePage(query, 20);
    if (!search.ok) return c.html(errorPage('Invalid search', search.error, signedIn(c)), 400);
    if (!paging.ok) return c.html(errorPage('Invalid page', paging.error, signedIn(c)), 400);
    const { q, lang } = search.value;
    const state = urlState(query, ['q', 'lang', 'limit']);
    if (q) {
      const results = await store.searchDocuments({ ...search.value, ...paging.value });
      return c.html(renderDocuments({ state, q, lang, documents: null, results, page: { ...paging.value, total: results.total }, signedIn: signedIn(c) }));
    }
    const [documents, counts] = await Promise.all([store.listDocuments(paging.value), store.counts()]);
    return c.html(renderDocuments({ state, q, lang, documents, results: null, page: { ...paging.value, total: counts.documents }, signedIn: signedIn(c) }));
  });

  web.get('/documents/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const document = id === null ? null : await store.getDocument(id);
    if (!document) return c.html(errorPage('Not found', `There is no document ${c.req.param('id')}.`, signedIn(c)), 404);
    return c.html(renderDocument({ document, signedIn: signedIn(c) }));
  });

  web.get('/sign-in', (c) => c.html(renderSignIn({ next: localPath(c.req.query('next')), writesEnabled: Boolean(token) })));

  web.post('/sign-in', async (c) => {
    const form = await c.req.parseBody();
    const next = localPath(typeof form.next === 'string' ? form.next : undefined);
    const given = typeof form.token === 'string' ? form.token : '';
    if (!token) return c.html(renderSignIn({ next, writesEnabled: false }), 403);
    if (!tokenMatches(token, given)) return c.html(renderSignIn({ next, writesEnabled: true, error: 'That is not the curation token.' }), 401);
    const cookie = { httpOnly: true, sameSite: 'Strict', path: '/', secure: new URL(c.req.url).protocol === 'https:' } as const;
    setCookie(c, SESSION_COOKIE, sessionValue(token), cookie);
    setCookie(c, AUTHOR_COOKIE, cleanAuthor(typeof form.author === 'string' ? form.author : undefined, 'web'), cookie);
    return c.redirect(next, 303);
  });

  web.post('/sign-out', (c) => {
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    deleteCookie(c, AUTHOR_COOKIE, { path: '/' });
    return c.redirect('/', 303);
  });

  return web;
}
