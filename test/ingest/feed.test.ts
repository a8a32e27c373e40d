import assert from 'node:assert/strict';
import { test } from 'node:test';
import { feedDate } from '../../src/ingest/feed-date.ts';
import { parseFeed } from '../../src/ingest/feed.ts';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Le fil</title>
    <item>
      <title>Réunion à Rome &amp; Bruxelles</title>
      <link>https://example.org/rome</link>
      <pubDate>Tue, 02 Feb 2016 18:30:00 +0100</pubDate>
      <description>&lt;p&gt;Résumé.&lt;/p&gt;</description>
      <content:encoded><![CDATA[<p>Les ministres se réunissent à <b>Rome</b>.</p>]]></content:encoded>
    </item>
    <item>
      <title>Brève</title>
      <description>&lt;p&gt;Une brève.&lt;/p&gt;</description>
    </item>
    <item><title>Sans corps</title></item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Wire</title>
  <entry>
    <title>Ministers meet in Kuwait</title>
    <link rel="self" href="https://example.org/api/1"/>
    <link rel="alternate" href="https://example.org/kuwait"/>
    <updated>2018-02-14T10:00:00Z</updated>
    <published>2018-02-13T09:00:00+03:00</published>
    <content type="html">&lt;p&gt;Coalition ministers met in Kuwait.&lt;/p&gt;</content>
  </entry>
</feed>`;

test('feed: RSS items with content:encoded, link and pubDate', () => {
  assert.deepEqual(parseFeed(RSS, '/in/fil.rss'), [
    {
      id: 'fil.rss#1',
      origin: '/in/fil.rss#1',
      html: '<p>Les ministres se réunissent à <b>Rome</b>.</p>',
      title: 'Réunion à Rome & Bruxelles',
      url: 'https://example.org/rome',
      published: '2016-02-02',
    },
    { id: 'fil.rss#2', origin: '/in/fil.rss#2', html: '<p>Une brève.</p>', title: 'Brève' },
    { origin: '/in/fil.rss#3', reason: 'item 3: item has neither content nor description' },
  ]);
});

test('feed: Atom entries with the alternate link and the published date', () => {
  assert.deepEqual(parseFeed(ATOM, '/in/wire.atom'), [
    {
      id: 'wire.atom#1',
      origin: '/in/wire.atom#1',
      html: '<p>Coalition ministers met in Kuwait.</p>',
      title: 'Ministers meet in Kuwait',
      url: 'https://example.org/kuwait',
      published: '2018-02-13',
    },
  ]);
});

test('feed: a document without items is reported', () => {
  assert.deepEqual(parseFeed('<config><a>1</a></config>', '/in/config.xml'), [
    { origin: '/in/config.xml', reason: 'no feed items (item or entry)' },
  ]);
});

const DATE_CASES: [string, string | undefined][] = [
  ['Tue, 02 Feb 2016 18:30:00 +0100', '2016-02-02'],
  ['2 Feb 2016 23:59:00 -0800', '2016-02-02'],
  ['Tue, 2 February 16 10:00:00 GMT', '2016-02-02'],
  ['2018-02-13T09:00:00+03:00', '2018-02-13'],
  ['2018-02-13', '2018-02-13'],
  ['Tue, 02 Foo 2016', undefined],
  ['yesterday', undefined],
];

for (const [input, expected] of DATE_CASES) {
  test(`feed date: ${input}`, () => assert.equal(feedDate(input), expected));
}
