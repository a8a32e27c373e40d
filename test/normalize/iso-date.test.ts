import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseIsoDate } from '../../src/stages/normalize/iso-date.ts';

const CASES: [string, { iso: string; precision: string } | undefined][] = [
  ['2016', { iso: '2016', precision: 'year' }],
  ['2016-07', { iso: '2016-07', precision: 'month' }],
  ['2016-07-21', { iso: '2016-07-21', precision: 'day' }],
  ['2016-07-21T23:30:00-05:00', { iso: '2016-07-21', precision: 'day' }],
  ['2016-07-21 08:00', { iso: '2016-07-21', precision: 'day' }],
  ['2016/07/21', { iso: '2016-07-21', precision: 'day' }],
  ['2016-02-30', undefined],
  ['2016-13', undefined],
  ['21/07/2016', undefined],
  ['juillet 2016', undefined],
  ['20160721', undefined],
];

for (const [input, expected] of CASES) {
  test(`iso date: ${input}`, () => assert.deepEqual(parseIsoDate(input), expected));
}
