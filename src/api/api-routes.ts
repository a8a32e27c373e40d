/** The JSON API under /api: meetings, documents and search to read; curation to write, with the token. */
import { Hono, type Context } from 'hono';
import type { Store } from '../store/index.ts';
import { apiWriteAccess } from './auth.ts';
import { applyCuration, curationStatus, parseCuration, type CurationRequest } from './curation.ts';
import { parseId, parseMeetingFilter, parsePage, parseSearch, type Parsed } from './params.ts';

const fail = (c: Context, status: 400 | 401 | 403 | 404 | 415, error: string) => c.json({ error }, status);

function valid<T>(c: Context, parsed: Parsed<T>): T | Response {
  return parsed.ok ? parsed.value : fail(c, 400, parsed.error);
}

export function apiRoutes(store: Store, token: string | undefined): Hono {
  const api = new Hono();

  api.get('/meetings', async (c) => {
    const filter = valid(c, parseMeetingFilter(c.req.query()));
    if (filter instanceof Response) return filter;
    const page = valid(c, parsePage(c.req.query()));
    if (page instanceof Response) return page;
    const [meetings, total] = await Promise.all([store.listMeetings({ ...filter, ...page }), store.countMeetings(filter)]);
    return c.json({ total, ...page, meetings });
  });

  api.get('/meetings/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const meeting = id === null ? null : await store.getMeetingDetail(id);
    return meeting ? c.json(meeting) : fail(c, 404, `no meeting ${c.req.param('id')}`);
  });

  api.get('/meetings/:id/audit', async (c) => {
    const id = parseId(c.req.param('id'));
    if (id === null || !(await store.getMeeting(id))) return fail(c, 404, `no meeting ${c.req.param('id')}`);
    return c.json(await store.auditLog(id));
  });

  api.get('/documents', async (c) => {
    const page = valid(c, parsePage(c.req.query()));
    if (page instanceof Response) return page;
    const [documents, counts] = await Promise.all([store.listDocuments(page), store.counts()]);
    return c.json({ total: counts.documents, ...page, documents });
  });

  api.get('/documents/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const document = id === null ? null : await store.getDocument(id);
    return document ? c.json(document) : fail(c, 404, `no document ${c.req.param('id')}`);
  });

  api.get('/search', async (c) => {
    const search = valid(c, parseSearch(c.req.query()));
    if (search instanceof Response) return search;
    if (!search.q) return fail(c, 400, 'q is required');
    const page = valid(c, parsePage(c.req.query(), 20));
    if (page instanceof Response) return page;
    return c.json({ ...page, ...(await store.searchDocuments({ ...search, ...page })) });
  });

  const write = (action: CurationRequest['action']) => async (c: Context) => {
    const access = apiWriteAccess(c, token);
    if (!access.ok) {
      if (access.status === 401) c.header('WWW-Authenticate', 'Bearer realm="chronicle"');
      return fail(c, access.status, access.error);
    }
    const id = parseId(c.req.param('id') ?? '');
    if (id === null) return fail(c, 404, `no meeting ${c.req.param('id')}`);
    if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) return fail(c, 415, 'send the request body as application/json');
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return fail(c, 400, 'the request body is not valid JSON');
    }
    const request = valid(c, parseCuration(action, body));
    if (request instanceof Response) return request;
    try {
      const meetingId = await applyCuration(store, id, request, access.author);
      const meeting = await store.getMeetingDetail(meetingId);
      return c.json(meeting, action === 'split' ? 201 : 200);
    } catch (error) {
      const status = curationStatus(error);
      if (status === null) throw error;
      return fail(c, status, (error as Error).message);
    }
  };
  api.patch('/meetings/:id', write('set'));
  api.post('/meetings/:id/merge', write('merge'));
  api.post('/meetings/:id/split', write('split'));

  return api;
}
