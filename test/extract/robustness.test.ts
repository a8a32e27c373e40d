// Property tests: extraction never throws, whatever the input, and what it returns is well-formed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { extract } from '../../src/core/pipeline.ts';
import type { ExtractedDoc, Slot } from '../../src/core/types.ts';

const NOW = new Date('2026-11-23T12:00:00Z');
const corpusDir = (lang: string) => new URL(`../../corpus/dev/${lang}/`, import.meta.url);
const articles = ['fr', 'en'].flatMap((lang) =>
  readdirSync(corpusDir(lang))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(new URL(f, corpusDir(lang)), 'utf8')),
);

// Words that drive the deeper rules (dates, meetings, counts, places, titles), so random text reaches them.
const VOCABULARY = (
  'le la les de du à au en mardi jeudi dernier prochain prochaine semaine an 21 juillet février 2016 2014 1er 31 ' +
  'réunion ministres ministérielle coalition contre EI Daech OTAN sommet se réuniront a réuni accueillera ' +
  'coprésidée par John Kerry Le Drian M. secrétaire d\'Etat Bruxelles Rome Londres Koweït Washington ' +
  'une vingtaine plus de 60 pays membres directeurs politiques groupe de travail financement combattants ' +
  'meeting ministers will host met on Thursday last week next month in May early June of the coalition ' +
  '( ) , . ; : " « » - – \n \n\n date 2018-06 (AFP) BRUXELLES, 11 fév'
).split(' ');

function checkWellFormed(x: ExtractedDoc): void {
  const text = x.doc.text;
  const slots = (m: ExtractedDoc['mentions'][number]): Slot<unknown>[] =>
    ([m.status, m.body, m.level, m.date, m.endDate, m.city, m.country, m.venue, m.format, m.memberCount, ...m.chairs, ...m.participants, ...m.topics] as (Slot<unknown> | null)[]).filter(
      (s): s is Slot<unknown> => s !== null,
    );
  for (const m of x.mentions) {
    for (const slot of slots(m)) {
      for (const e of slot.evidence) {
        assert.ok(e.start >= 0 && e.end <= text.length && e.start <= e.end, `evidence ${e.start}-${e.end} inside the text`);
        assert.equal(text.slice(e.start, e.end), e.text, 'evidence text is the text at its offsets');
      }
      assert.ok(slot.confidence >= 0 && slot.confidence <= 1);
    }
    for (const d of [m.date, m.endDate]) {
      if (!d) continue;
      assert.match(d.value.iso, /^\d{4}(-\d{2}(-\d{2})?)?$/);
      if (d.value.precision === 'day') assert.equal(new Date(`${d.value.iso}T00:00:00Z`).toISOString().slice(0, 10), d.value.iso, 'a real calendar day');
    }
    if (m.memberCount) assert.ok(Number.isInteger(m.memberCount.value.value) && m.memberCount.value.value > 0);
  }
  if (x.published) assert.match(x.published.iso, /^\d{4}(-\d{2}(-\d{2})?)?$/);
}

const run = (text: string, extra: { html?: string; published?: string } = {}) => {
  const x = extract({ id: 'prop', origin: 'prop', text: extra.html ? undefined : text, ...extra }, { now: NOW });
  checkWellFormed(x);
};

test('arbitrary Unicode text never makes extraction throw', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => run(text)), { numRuns: 300, seed: 1, includeErrorInReport: true });
});

test('random sentences of meeting and date vocabulary never make extraction throw', () => {
  const words = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 120 });
  fc.assert(fc.property(words, (ws) => run(ws.join(' '))), { numRuns: 400, seed: 2, includeErrorInReport: true });
});

test('real articles truncated or cut at any point never make extraction throw', () => {
  const cut = fc.record({ article: fc.integer({ min: 0, max: articles.length - 1 }), a: fc.nat(), b: fc.nat() });
  fc.assert(
    fc.property(cut, ({ article, a, b }) => {
      const text = articles[article];
      const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
      run(text.slice(from, to));
      run(text.slice(0, to));
    }),
    { numRuns: 150, seed: 3, includeErrorInReport: true },
  );
});

test('broken HTML and odd publication hints never make extraction throw', () => {
  const html = fc.array(fc.constantFrom('<p>', '</p>', '<div', '>', '<script>alert(1)</script>', '<meta property="article:published_time" content="2016-02-31">', 'jeudi 21 juillet', 'réunion de la coalition à Rome', '&amp;', '&#xD800;', '<time datetime="x">'), { maxLength: 40 });
  const published = fc.constantFrom(undefined, '2016', '2016-02', '2016-02-30', 'yesterday', '9999-99-99', '');
  fc.assert(fc.property(html, published, (parts, pub) => run('', { html: parts.join(''), published: pub })), { numRuns: 200, seed: 4, includeErrorInReport: true });
});
