/**
 * Writes docs/screenshots/*.png: each main view of the web UI over the example and development
 * articles, in the system Chromium at 1280×800 (and one at phone size). `npm run screenshots`.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../src/api/app.ts';
import { extractAll } from '../src/cli/read.ts';
import { openStore } from '../src/store/index.ts';
import { launchChromium } from './chromium.ts';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const OUT = root('docs/screenshots');
const TOKEN = 'screenshots';

const dir = mkdtempSync(join(tmpdir(), 'chronicle-screenshots-'));
const store = await openStore({ dataDir: dir });
try {
  const run = { failed: 0 };
  for await (const x of extractAll([root('examples'), root('corpus/dev/fr'), root('corpus/dev/en')], run)) await store.ingest(x);
  const app = createApp(store, { token: TOKEN });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // The meeting with the most sources makes the richest meeting page.
  const meetings = await store.listMeetings({ body: 'coalition' });
  const meeting = meetings.reduce((best, m) => (m.mentions.length > best.mentions.length ? m : best));
  const documentId = meeting.mentions[0]!.documentId;

  mkdirSync(OUT, { recursive: true });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  const shot = async (name: string, path: string, options: { selector?: string; full?: boolean } = {}) => {
    await page.goto(base + path);
    const file = join(OUT, `${name}.png`);
    if (options.selector) await page.locator(options.selector).first().screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: options.full ?? false });
    console.log(`${file}  ${path}`);
  };

  await shot('overview', '/');
  await shot('timeline', '/?body=coalition&from=2014&to=2019', { selector: '.timeline' });
  await shot('map', '/?body=coalition', { selector: '.map-frame' });
  await shot('meeting', `/meetings/${meeting.id}`);
  await shot('document', `/documents/${documentId}`);
  await shot('search', '/documents?q=reunion+ministerielle+Koweit');

  await page.goto(`${base}/sign-in?next=/meetings/${meeting.id}`);
  await page.fill('input[name="author"]', 'A. Curator');
  await page.fill('input[name="token"]', TOKEN);
  await page.click('button:has-text("Sign in")');
  await page.waitForURL(`${base}/meetings/${meeting.id}`);
  await page.selectOption('select[name="slot"]', 'format');
  await page.fill('form[action$="/set"] input[name="value"]', 'in_person');
  await page.fill('form[action$="/set"] input[name="note"]', 'the State Department media note says in person');
  await page.click('button:has-text("Save value")');
  await page.waitForURL(/done=set/);
  // From the sources to the end of the audit log: the split buttons, the forms and the new entry.
  const clip = await page.evaluate(() => {
    const top = document.querySelector('#sources-title')!.getBoundingClientRect().top + window.scrollY - 16;
    const bottom = document.querySelector('article')!.getBoundingClientRect().bottom + window.scrollY;
    return { x: 0, y: top, width: 1280, height: Math.min(1100, bottom - top) };
  });
  await page.screenshot({ path: join(OUT, 'curation.png'), fullPage: true, clip });
  console.log(join(OUT, 'curation.png'));

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, colorScheme: 'light' });
  await phone.goto(`${base}/meetings/${meeting.id}`);
  await phone.screenshot({ path: join(OUT, 'phone.png') });
  console.log(join(OUT, 'phone.png'));

  await browser.close();
  await new Promise((resolve) => server.close(resolve));
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
