/** The HTTP API and the web page, one Hono app over the store. */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import type { MeetingFilter, Store } from '../store/index.ts';
import { renderPage } from '../web/page.ts';

export const CONTENT_SECURITY_POLICY = "default-src 'self'";

let styleCss: string | undefined;
function stylesheet(): string {
  styleCss ??= readFileSync(new URL('../web/style.css', import.meta.url), 'utf8');
  return styleCss;
}

const FILTERS = ['body', 'level', 'from', 'to', 'city'] as const;

export function createApp(store: Store): Hono {
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('Referrer-Policy', 'no-referrer');
  });

  app.get('/api/meetings', async (c) => {
    const filter: MeetingFilter = {};
    for (const key of FILTERS) {
      const value = c.req.query(key)?.trim();
      if (value) filter[key] = value;
    }
    for (const key of ['from', 'to'] as const) {
      if (filter[key] && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(filter[key]!)) {
        return c.json({ error: `${key} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)` }, 400);
      }
    }
    return c.json(await store.listMeetings(filter));
  });

  app.get('/api/meetings/:id', async (c) => {
    const raw = c.req.param('id');
    const meeting = /^\d{1,10}$/.test(raw) ? await store.getMeeting(Number(raw)) : null;
    if (!meeting) return c.json({ error: `no meeting ${raw}` }, 404);
    return c.json(meeting);
  });

  app.get('/api/documents', async (c) => {
    const docs = await store.listDocuments();
    return c.json(docs.map((d) => ({ id: d.id, doc: d.doc, title: d.title, lang: d.lang, published: d.published })));
  });

  app.get('/static/style.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(stylesheet());
  });

  app.get('/', async (c) => {
    const [meetings, documents] = await Promise.all([store.listMeetings(), store.listDocuments()]);
    return c.html(renderPage(meetings, documents));
  });

  app.notFound((c) => (c.req.path.startsWith('/api/') ? c.json({ error: 'not found' }, 404) : c.text('Not found', 404)));
  app.onError((error, c) => {
    console.error(error);
    return c.json({ error: 'internal error' }, 500);
  });

  return app;
}
