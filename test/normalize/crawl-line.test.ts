import assert from 'node:assert/strict';
import { test } from 'node:test';
import { takeCrawlLine } from '../../src/stages/normalize/crawl-line.ts';

const CASES: { input: string; text: string; crawlDate?: { iso: string; precision: string } }[] = [
  { input: ' date 2022-03 Les ministres se réunissent.', text: 'Les ministres se réunissent.', crawlDate: { iso: '2022-03', precision: 'month' } },
  { input: 'date 2018-06-12\nTexte.', text: '\nTexte.', crawlDate: { iso: '2018-06-12', precision: 'day' } },
  { input: '   date 2020-01', text: '', crawlDate: { iso: '2020-01', precision: 'month' } },
  // Not a crawl line: a sentence, an impossible month, a date inside the text.
  { input: 'date limite fixée au 3 mars.', text: 'date limite fixée au 3 mars.' },
  { input: ' date 2022-13 Texte.', text: ' date 2022-13 Texte.' },
  { input: 'Texte. date 2022-03', text: 'Texte. date 2022-03' },
  { input: ' date 2022-03-05x Texte.', text: ' date 2022-03-05x Texte.' },
];

for (const { input, text, crawlDate } of CASES) {
  test(`crawl line: ${JSON.stringify(input)}`, () => {
    const result = takeCrawlLine(input);
    assert.equal(result.text, text);
    assert.deepEqual(result.crawlDate, crawlDate);
    assert.deepEqual(
      result.removed.map((removal) => removal.kind),
      crawlDate ? ['crawl-line'] : [],
    );
  });
}
