import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commonValue, DaySet, dayNumber, isoDay } from '../../src/stages/dates/day-set.ts';

test('matching fields finds the Thursdays that fall on 21 July', () => {
  const set = DaySet.matching({ month: 7, day: 21, weekday: 4 });
  assert.deepEqual([...set.days()].map(isoDay), ['2005-07-21', '2011-07-21', '2016-07-21', '2022-07-21']);
});

test('commonValue keeps only what every day shares', () => {
  assert.deepEqual(commonValue(DaySet.of([dayNumber(2018, 6, 26)])), { iso: '2018-06-26', precision: 'day' });
  assert.deepEqual(commonValue(DaySet.of([dayNumber(2018, 6, 5), dayNumber(2018, 6, 26)])), { iso: '2018-06', precision: 'month' });
  assert.deepEqual(commonValue(DaySet.of([dayNumber(2018, 2, 13), dayNumber(2018, 6, 26)])), { iso: '2018', precision: 'year' });
  assert.equal(commonValue(DaySet.of([dayNumber(2017, 2, 13), dayNumber(2018, 2, 13)])), null);
});

test('reach and supportedBy propagate a window both ways', () => {
  const tuesday = DaySet.of([dayNumber(2016, 7, 19)]);
  const thursdays = DaySet.matching({ weekday: 4 });
  const reached = thursdays.intersect(tuesday.reach((d) => [d, d + 7]));
  assert.deepEqual([...reached.days()].map(isoDay), ['2016-07-21']);
  const supported = DaySet.matching({ weekday: 2 }).supportedBy(reached, (d) => [d, d + 7]);
  assert.deepEqual([...supported.days()].map(isoDay), ['2016-07-19']);
});
