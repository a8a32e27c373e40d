/**
 * End-to-end tests in a real Chromium over the seed articles: timeline, map, meeting page, following a
 * source, search, curation with and without the token, safety of article text, keyboard and phone use.
 * Skipped, with a message, only when /usr/bin/chromium is missing (CI installs it).
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { createApp } from '../../src/api/app.ts';
import { extractAll } from '../../src/cli/read.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { CHROMIUM, chromiumAvailable, launchChromium } from '../../scripts/chromium.ts';
import { extracted } from '../store/fixtures.ts';
import { HOSTILE } from './hostile.ts';

const TOKEN = 'browser-token';
const SHARED_SEEDS = fileURLToPath(new URL('../../../shared/corpus/seeds', import.meta.url));
const SEEDS = existsSync(SHARED_SEEDS) ? SHARED_SEEDS : fileURLToPath(new URL('../../examples', import.meta.url));
const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) to run the browser tests`;

describe('the web UI in Chromium', { skip }, () => {
  let store: Store;
  let server: ServerType;
  let browser: Browser;
  let base: string;

  before(async () => {
    store = await openStore({ dataDir: 'memory://' });
    for await (const x of extractAll([SEEDS], { failed: 0 })) await store.ingest(x);
    await store.ingest(extracted(HOSTILE));
    const app = createApp(store, { token: TOKEN });
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await store?.close();
  });

  /** A fresh page that fails the test on any script error or blocked resource. */
  async function open(path: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
    const page = await browser.newPage({ viewport });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('dialog', (dialog) => problems.push(`dialog: ${dialog.message()}`));
    (page as Page & { problems: string[] }).problems = problems;
    await page.goto(base + path);
    return page;
  }
  const problemsOf = (page: Page) => (page as Page & { problems: string[] }).problems;

  test('the timeline draws the meetings and zooms with the keyboard and by dragging', async () => {
    const page = await open('/');
    const marks = await page.locator('.timeline rect.meeting').count();
    assert.ok(marks >= 5, `meetings on the timeline: ${marks}`);
    await page.locator('.timeline').focus();
    await page.keyboard.press('+');
    await page.waitForURL(/from=\d{4}&to=\d{4}/);
    const zoomed = new URL(page.url());
    assert.ok(Number(zoomed.searchParams.get('to')) - Number(zoomed.searchParams.get('from')) < 10);
    await page.locator('.timeline').focus();
    await page.keyboard.press('0');
    await page.waitForURL(base + '/');
    const columns = page.locator('.timeline g.column rect.hit');
    const first = (await columns.nth(1).boundingBox())!;
    const last = (await columns.nth(3).boundingBox())!;
    await page.mouse.move(first.x + first.width / 2, first.y + 5);
    await page.mouse.down();
    await page.mouse.move(last.x + last.width / 2, last.y + 5, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL(/from=/);
    const brushed = new URL(page.url());
    assert.equal(Number(brushed.searchParams.get('to')) - Number(brushed.searchParams.get('from')), 2);
    assert.deepEqual(problemsOf(page), []);
    await page.close();
  });

  test('the map shows the places with labels that do not overlap, linked to the filters', async () => {
    const page = await open('/');
    const places = page.locator('.map circle.place');
    assert.ok((await places.count()) >= 3);
    const boxes = await page.$$eval('.map .labels text', (texts) => texts.map((t) => t.getBoundingClientRect().toJSON() as DOMRect));
    assert.ok(boxes.length >= 3, `labels: ${boxes.length}`);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        assert.ok(!overlap, `labels overlap: ${JSON.stringify([a, b])}`);
      }
    }
    await page.hover('.map circle.place[data-city="Washington"]');
    assert.ok((await page.locator('.timeline rect.meeting.linked').count()) >= 1, 'pointing at a place lights its meetings on the timeline');
    await page.click('.map a[aria-label^="Washington"]');
    await page.waitForURL(/city=Washington/);
    const places2 = await page.$$eval('table.meetings tbody tr td:nth-child(3)', (cells) => cells.map((c) => c.textContent ?? ''));
    assert.ok(places2.length > 0 && places2.every((p) => p.startsWith('Washington')));
    assert.equal(await page.inputValue('input[name="city"]'), 'Washington');
    await page.close();
  });

  test('a meeting page shows values in their sentences; a source leads to the marked text', async () => {
    const page = await open('/?city=Rabat');
    await page.click('table.meetings tbody tr:first-child td.date a');
    await page.waitForURL(/\/meetings\/\d+$/);
    assert.match(await page.locator('h1').innerText(), /Political directors/);
    assert.ok((await page.locator('table.values mark').count()) >= 3);
    assert.ok(await page.locator('ol.reasons li').count());
    const cite = page.locator('table.values tr#slot-city .cite a').first();
    await cite.click();
    await page.waitForURL(/\/documents\/\d+#e-\d+-\d+$/);
    const target = await page.evaluate(() => {
      const el = document.querySelector(':target');
      return el ? { tag: el.tagName, text: el.textContent } : null;
    });
    assert.deepEqual(target, { tag: 'MARK', text: 'Rabat' });
    assert.ok((await page.locator('.mention-legend li').count()) >= 1);
    assert.deepEqual(problemsOf(page), []);
    await page.close();
  });

  test('searching the documents finds them regardless of accents', async () => {
    const page = await open('/');
    await page.click('header nav >> text=Documents');
    await page.fill('input[name="q"]', 'reunion ministerielle conjointe');
    await page.keyboard.press('Enter');
    await page.waitForURL(/documents\?q=reunion/);
    assert.match(await page.locator('h1').innerText(), /matching/);
    assert.ok((await page.locator('ol.hits li').count()) >= 1);
    assert.match(await page.locator('.snippet mark').first().innerText(), /réunion|ministérielle|conjointe/i);
    await page.close();
  });

  test('curation: refused without the token, saved and logged with it', async () => {
    const page = await open('/?city=Rabat');
    await page.click('table.meetings tbody tr:first-child td.date a');
    await page.waitForURL(/\/meetings\/\d+$/);
    const meetingUrl = page.url();
    assert.equal(await page.locator('form[action$="/set"]').count(), 0, 'no form before signing in');
    const status = await page.evaluate(async (url) => {
      const res = await fetch(url.replace('/meetings/', '/api/meetings/'), { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{"slot":"venue","value":"x"}' });
      return res.status;
    }, meetingUrl);
    assert.equal(status, 401);

    await page.click('text=Sign in with the curation token');
    await page.fill('input[name="author"]', 'Test Curator');
    await page.fill('input[name="token"]', 'not the token');
    await page.click('button:has-text("Sign in")');
    assert.match(await page.locator('.alert').innerText(), /not the curation token/);
    await page.fill('input[name="author"]', 'Test Curator');
    await page.fill('input[name="token"]', TOKEN);
    await page.click('button:has-text("Sign in")');
    await page.waitForURL(meetingUrl);

    await page.selectOption('select[name="slot"]', 'venue');
    await page.fill('form[action$="/set"] input[name="value"]', 'Palais des congrès de Skhirat');
    await page.fill('form[action$="/set"] input[name="note"]', 'from the communiqué');
    await page.click('button:has-text("Save value")');
    await page.waitForURL(/done=set/);
    assert.match(await page.locator('.notice').innerText(), /Value saved/);
    assert.match(await page.locator('#slot-venue').innerText(), /Palais des congrès de Skhirat[\s\S]*Set by Test Curator/);
    assert.match(await page.locator('table.audit').innerText(), /Test Curator\s+set/);
    await page.close();
  });

  test('article text with markup runs nothing', async () => {
    const rome = (await store.listMeetings({ city: 'Rome' })).find((m) => m.mentions.some((x) => x.doc === HOSTILE.id))!;
    const docId = rome.mentions.find((x) => x.doc === HOSTILE.id)!.documentId;
    for (const path of [`/documents/${docId}`, `/meetings/${rome.id}`, '/documents?q=Gentiloni', '/?city=Rome']) {
      const page = await open(path);
      await page.waitForLoadState('load');
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined, path);
      assert.equal(await page.locator('main img, main script, main b[onmouseover]').count(), 0, path);
      assert.deepEqual(problemsOf(page), [], path);
      await page.close();
    }
    const page = await open(`/documents/${docId}`);
    assert.match(await page.locator('.article-text').innerText(), /<script>window.__pwned=1<\/script>/);
    await page.close();
  });

  test('usable by keyboard and on a phone-sized screen', async () => {
    const page = await open('/', { width: 390, height: 844 });
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.notEqual(outline, 'none', 'focus is visible');
    for (const path of ['/', '/documents', `/meetings/${(await store.listMeetings({ limit: 1 }))[0]!.id}`]) {
      await page.goto(base + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 390, `${path} fits a phone: ${width}px`);
    }
    for (const label of await page.$$eval('input, select', (els) => els.map((el) => Boolean(el.closest('label')) || (el as HTMLInputElement).type === 'hidden'))) {
      assert.ok(label, 'every field has a label');
    }
    await page.close();
  });
});
