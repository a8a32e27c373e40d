import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalize } from '../../src/stages/normalize/index.ts';

const TEXT = 'Les ministres de la coalition se réunissent jeudi à Washington.';

test('normalize: a record date becomes the hint, a timestamp at day precision', () => {
  const doc = normalize({ id: 'a', origin: 'a.jsonl:1', text: TEXT, published: '2016-07-19T08:00:00Z' });
  assert.deepEqual(doc.publishedHint, { iso: '2016-07-19', precision: 'day', source: 'record' });
});

test('normalize: a record date wins over the page metadata', () => {
  const html = `<html><head><meta property="article:published_time" content="2016-07-01"></head><body><article><p>${TEXT}</p></article></body></html>`;
  assert.equal(normalize({ id: 'a', origin: 'a', html, published: '2016-07' }).publishedHint?.iso, '2016-07');
  assert.deepEqual(normalize({ id: 'a', origin: 'a', html }).publishedHint, { iso: '2016-07-01', precision: 'day', source: 'html-meta' });
});

test('normalize: an unreadable record date gives no hint', () => {
  assert.equal(normalize({ id: 'a', origin: 'a', text: TEXT, published: 'hier' }).publishedHint, undefined);
});

test('normalize: a crawl date is never a publication hint', () => {
  const doc = normalize({ id: 'a', origin: 'a', text: ` date 2022-03 ${TEXT}` });
  assert.deepEqual(doc.crawlDate, { iso: '2022-03', precision: 'month' });
  assert.equal(doc.publishedHint, undefined);
  assert.equal(doc.text, TEXT);
});

test('normalize: given text wins over html, the record title over the page title', () => {
  const html = `<html><head><title>Titre de la page</title></head><body><p>Autre texte.</p></body></html>`;
  const doc = normalize({ id: 'a', origin: 'a', text: TEXT, html, title: ' Titre du record ' });
  assert.equal(doc.text, TEXT);
  assert.equal(doc.title, 'Titre du record');
});

test('normalize: keeps id, origin and url, and records what it removed', () => {
  const doc = normalize({ id: 'a.txt', origin: '/in/a.txt', url: 'https://example.org/a', text: `Menu\n${TEXT}\nLaisser un commentaire` });
  assert.deepEqual(doc, {
    id: 'a.txt',
    origin: '/in/a.txt',
    url: 'https://example.org/a',
    text: TEXT,
    removed: [
      { kind: 'navigation', text: 'Menu' },
      { kind: 'comment-prompt', text: 'Laisser un commentaire' },
    ],
  });
});

test('normalize: an empty record gives empty text', () => {
  assert.deepEqual(normalize({ id: 'a', origin: 'a' }), { id: 'a', origin: 'a', text: '', removed: [] });
});
