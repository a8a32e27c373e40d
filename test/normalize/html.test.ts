import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readHtml } from '../../src/stages/normalize/html.ts';

const BODY = '<p>Les ministres de la coalition se réunissent à Rome pour faire le point sur la campagne.</p>';

function page(head: string, body = `<article>${BODY}</article>`): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

/** [metadata source, page, published]. */
const DATE_CASES: [string, string, { iso: string; precision: string } | undefined][] = [
  ['article:published_time', page('<meta property="article:published_time" content="2016-07-19T22:00:00-04:00">'), { iso: '2016-07-19', precision: 'day' }],
  ['og:published_time', page('<meta property="og:published_time" content="2016-07">'), { iso: '2016-07', precision: 'month' }],
  ['meta name=date', page('<meta name="date" content="2016-07-18">'), { iso: '2016-07-18', precision: 'day' }],
  ['meta itemprop', page('<meta itemprop="datePublished" content="2016-07-17">'), { iso: '2016-07-17', precision: 'day' }],
  ['JSON-LD', page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-07-16T10:00:00Z"}</script>'), { iso: '2016-07-16', precision: 'day' }],
  ['JSON-LD @graph', page('<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"datePublished":"2016-07-15"}]}</script>'), { iso: '2016-07-15', precision: 'day' }],
  ['JSON-LD array', page('<script type="application/ld+json">[{"@type":"Organization"},{"datePublished":"2016-07-14"}]</script>'), { iso: '2016-07-14', precision: 'day' }],
  ['time in the article', page('', `<article><time datetime="2016-07-13T09:00">13 juillet</time>${BODY}</article>`), { iso: '2016-07-13', precision: 'day' }],
  ['article:published_time wins over JSON-LD', page('<meta property="article:published_time" content="2016-07-12"><script type="application/ld+json">{"datePublished":"2016-07-01"}</script>'), { iso: '2016-07-12', precision: 'day' }],
  // Nothing usable.
  ['broken JSON-LD', page('<script type="application/ld+json">{"datePublished": </script>'), undefined],
  ['time outside the article', page('', `<aside><time datetime="2016-07-11">x</time></aside><article>${BODY}</article>`), undefined],
  ['unparseable meta', page('<meta name="date" content="mardi dernier">'), undefined],
];

for (const [name, html, published] of DATE_CASES) {
  test(`html date: ${name}`, () => assert.deepEqual(readHtml(html).published, published));
}

const TITLE_CASES: [string, string, string | undefined][] = [
  ['og:title first', page('<title>Titre long | Site</title><meta property="og:title" content="Titre court">'), 'Titre court'],
  ['<title> without the declared site name', page('<title>Réunion à Rome – Le Site</title><meta property="og:site_name" content="Le Site">'), 'Réunion à Rome'],
  ['<title> kept whole when the site is not declared', page('<title>Réunion à Rome | Le Site</title>'), 'Réunion à Rome | Le Site'],
];

for (const [name, html, title] of TITLE_CASES) {
  test(`html title: ${name}`, () => assert.equal(readHtml(html).title, title));
}

test('html text: paragraphs separated by a blank line, inline markup joined', () => {
  const { text } = readHtml(page('', '<article><p>Un <b>premier</b> paragraphe de la réunion de la coalition à Rome.</p><p>Un second&nbsp;paragraphe.<br>Une ligne après un saut.</p></article>'));
  assert.equal(text, 'Un premier paragraphe de la réunion de la coalition à Rome.\n\nUn second paragraphe.\n\nUne ligne après un saut.');
});

test('html text: falls back to the body when Readability finds no article', () => {
  const { text } = readHtml('<html><body>Seulement <em>du texte</em><script>var x = 1;</script></body></html>');
  assert.equal(text, 'Seulement du texte');
});

test('html text: an empty page gives empty text', () => {
  assert.equal(readHtml('<html><body></body></html>').text, '');
});
