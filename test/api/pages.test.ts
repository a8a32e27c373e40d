import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { CONTENT_SECURITY_POLICY, createApp } from '../../src/api/app.ts';
import { openStore, type MeetingRecord, type Store } from '../../src/store/index.ts';
import { escapeHtml } from '../../src/web/escape.ts';
import { HOSTILE } from '../web/hostile.ts';
import { NATO_SUMMIT, PARIS_ANNOUNCED, PARIS_HELD, extracted } from '../store/fixtures.ts';

const BASE = 'http://localhost';
const TOKEN = 'page-token';
const ORIGIN = { origin: BASE };

describe('web pages and forms', () => {
  let store: Store;
  let app: Hono;
  let paris: MeetingRecord;
  let rome: MeetingRecord;
  before(async () => {
    store = await openStore({ dataDir: 'memory://' });
    for (const raw of [PARIS_ANNOUNCED, PARIS_HELD, NATO_SUMMIT, HOSTILE]) await store.ingest(extracted(raw));
    app = createApp(store, { token: TOKEN });
    paris = (await store.listMeetings({ city: 'Paris' }))[0]!;
    rome = (await store.listMeetings({ city: 'Rome' }))[0]!;
  });
  after(async () => {
    await store?.close();
  });

  const html = async (path: string, status = 200, init?: RequestInit) => {
    const res = await app.request(BASE + path, init);
    assert.equal(res.status, status, path);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    return res.text();
  };
  const form = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    app.request(BASE + path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...ORIGIN, ...headers }, body: new URLSearchParams(fields).toString() });

  test('the home page has filters, timeline, map and list, with its state in the URL', async () => {
    const page = await html('/?body=coalition&colour=body');
    assert.match(page, /<form class="filters" method="get" action="\/"/);
    assert.match(page, /<option value="coalition" selected>/);
    assert.match(page, /<div class="timeline"/);
    assert.match(page, /<svg class="map"/);
    assert.match(page, /<path class="land" d="M/, 'Natural Earth outlines drawn');
    assert.match(page, /data-city="Paris"/);
    assert.ok(!page.includes('Stoltenberg'), 'the NATO summit is filtered out');
    assert.ok(page.includes(`href="/meetings/${paris.id}"`));
    assert.ok(page.includes('href="/?body=coalition&amp;colour=body&amp;city=Paris"'), 'a place links to the same filters plus its city');
    assert.ok(page.includes('<a href="/?body=coalition">Colour by level</a>'), 'colour toggle keeps the filters');
  });

  test('zoom links narrow and widen the year range', async () => {
    const page = await html('/?from=2014&to=2018');
    assert.ok(page.includes('href="/?from=2015&amp;to=2016"'), 'zoom in');
    assert.ok(page.includes('href="/?from=2011&amp;to=2021"'), 'zoom out');
    assert.ok(page.includes('href="/?from=2009&amp;to=2013"'), 'earlier');
    assert.ok(page.includes('data-zoom="all" aria-keyshortcuts="0" href="/"'), 'all years');
  });

  test('a bad filter is a 400 page naming the problem', async () => {
    assert.match(await html('/?from=soon', 400), /from must be an ISO date/);
    assert.match(await html('/documents?limit=9999', 400), /limit must be/);
  });

  test('the meeting page shows each value in its sentence, the sources, date reasons and audit log', async () => {
    const page = await html(`/meetings/${paris.id}`);
    assert.match(page, /<mark>Paris<\/mark>/);
    assert.match(page, /<mark>Jean-Yves Le Drian<\/mark>/);
    assert.ok(page.includes('Why this date') && page.includes('<ol class="reasons">'));
    assert.ok(page.includes('en-paris-held.txt') || page.includes('Coalition ministers meet in Paris'));
    assert.match(page, /href="\/documents\/\d+#e-\d+-\d+"/, 'each quote links to its place in the source');
    assert.match(page, /<table class="audit">[\s\S]*ingest/);
    assert.match(page, /Sign in with the curation token/);
    await html('/meetings/4242', 404);
  });

  test('the document page highlights every meeting found in it', async () => {
    const held = paris.mentions.find((m) => m.doc === 'en-paris-held.txt')!;
    const page = await html(`/documents/${held.documentId}`);
    assert.match(page, /<ol class="mention-legend">/);
    assert.match(page, new RegExp(`href="/meetings/${paris.id}"`));
    assert.match(page, /<mark class="m0"[^>]*id="e-\d+-\d+"[^>]*>/);
    assert.match(page, new RegExp(`id="mention-${held.mentionId}"`));
  });

  test('document search pages show marked snippets', async () => {
    const page = await html('/documents?q=ministeriel');
    assert.match(page, /1 document matching/);
    assert.match(page, /<mark>ministérielle<\/mark>/);
    assert.match(await html('/documents'), /4 documents/);
  });

  test('article text and titles are always escaped', async () => {
    const docId = rome.mentions[0]!.documentId;
    for (const path of ['/', `/meetings/${rome.id}`, `/documents/${docId}`, '/documents', '/documents?q=Rome']) {
      const page = await html(path);
      assert.ok(!/<script>window/.test(page) && !/<img src=x/.test(page) && !/<b onmouseover/.test(page), `${path} has raw markup`);
      assert.equal((page.match(/<script\b/g) ?? []).length, 1, `${path}: only the app's module script`);
      assert.ok(page.includes('<script type="module" src="/static/app.js"></script>'));
    }
    const doc = await html(`/documents/${docId}`);
    assert.ok(doc.includes(escapeHtml('<script>window.__pwned=1</script>')));
    assert.ok(doc.includes(escapeHtml(HOSTILE.title!)));
  });

  test('every response carries the security headers; static files are served', async () => {
    for (const path of ['/', '/documents', '/api/meetings', '/static/style.css', '/static/app.js', '/missing', '/openapi.json']) {
      const res = await app.request(BASE + path);
      assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      await res.arrayBuffer();
    }
    assert.match(CONTENT_SECURITY_POLICY, /script-src 'self';/);
    assert.ok(!CONTENT_SECURITY_POLICY.includes('unsafe'));
    const js = await app.request(BASE + '/static/timeline.js');
    assert.match(js.headers.get('content-type') ?? '', /javascript/);
    assert.match(await js.text(), /export function enhanceTimeline/);
    assert.match(await (await app.request(BASE + '/static/style.css')).text(), /\.level-summit \{ --c: #/);
    assert.equal((await app.request(BASE + '/static/../app.ts')).status, 404);
  });

  test('curation forms need a signed-in session; signing in needs the token', async () => {
    const refused = await form(`/meetings/${paris.id}/set`, { slot: 'venue', value: 'Élysée' });
    assert.equal(refused.status, 401);
    assert.match(await refused.text(), /sign in with the curation token/);
    const wrong = await form('/sign-in', { token: 'nope', author: 'Eve', next: '/' });
    assert.equal(wrong.status, 401);
    const signIn = await form('/sign-in', { token: TOKEN, author: 'Grace', next: `/meetings/${paris.id}` });
    assert.equal(signIn.status, 303);
    assert.equal(signIn.headers.get('location'), `/meetings/${paris.id}`);
    const cookies = signIn.headers.getSetCookie();
    assert.ok(cookies.every((c) => /HttpOnly/.test(c) && /SameSite=Strict/.test(c)));
    assert.ok(!cookies.join().includes(TOKEN), 'the token itself is not stored in the browser');
    const cookie = cookies.map((c) => c.split(';')[0]).join('; ');

    const page = await html(`/meetings/${paris.id}`, 200, { headers: { cookie } });
    assert.match(page, /<form method="post" action="\/meetings\/\d+\/set"/);
    const saved = await form(`/meetings/${paris.id}/set`, { slot: 'venue', value: 'Élysée', note: 'photo' }, { cookie });
    assert.equal(saved.status, 303);
    assert.equal(saved.headers.get('location'), `/meetings/${paris.id}?done=set`);
    const after = await html(`/meetings/${paris.id}?done=set`, 200, { headers: { cookie } });
    assert.match(after, /Value saved\./);
    assert.match(after, /Set by Grace/);
    const bad = await form(`/meetings/${paris.id}/set`, { slot: 'date', value: 'soon' }, { cookie });
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /class="alert"/);
    const crossSite = await form(`/meetings/${paris.id}/set`, { slot: 'venue', value: 'x' }, { cookie, origin: 'https://evil.example' });
    assert.equal(crossSite.status, 403);
    const signOut = await form('/sign-out', {}, { cookie });
    assert.match(signOut.headers.getSetCookie().join(), /chronicle_session=;/);
  });

  test('sign-in only redirects to local paths', async () => {
    const res = await form('/sign-in', { token: TOKEN, author: 'x', next: '//evil.example/' });
    assert.equal(res.headers.get('location'), '/');
  });
});
