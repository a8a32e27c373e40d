import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bestMatch,
  coordinatesOf,
  datesCompatible,
  distanceKm,
  levelsCompatible,
  matchScore,
  meetingWindow,
  mentionWindow,
  nearbyCities,
  placeMatch,
  type MatchView,
} from '../../src/store/merge.ts';

const paris: MatchView = {
  body: 'coalition',
  level: 'ministerial',
  date: '2018-06-28',
  endDate: null,
  city: 'Paris',
  country: 'FR',
  lat: null,
  lon: null,
  format: null,
  chairs: ['Jean-Yves Le Drian'],
};

const dated = (date: string | null, endDate: string | null = null) => ({ date, endDate });

test('date windows follow precision; a day date is widened by one day for mentions only', () => {
  assert.deepEqual(meetingWindow('2018-06', null), { lo: '2018-06-01', hi: '2018-06-30' });
  assert.deepEqual(meetingWindow('2016', null), { lo: '2016-01-01', hi: '2016-12-31' });
  assert.deepEqual(meetingWindow('2014-12-02', '2014-12-03'), { lo: '2014-12-02', hi: '2014-12-03' });
  assert.deepEqual(mentionWindow('2018-06-26', null), { lo: '2018-06-25', hi: '2018-06-27' });
  assert.deepEqual(mentionWindow('2018-06', null), { lo: '2018-06-01', hi: '2018-06-30' });
  assert.equal(meetingWindow(null, null), null);
});

test('dates are compatible when their windows overlap', () => {
  assert.ok(datesCompatible(dated('2018-06'), dated('2018-06-26')), 'a month holds its days');
  assert.ok(datesCompatible(dated('2018-06-26'), dated('2018-06')));
  assert.ok(datesCompatible(dated('2018'), dated('2018-06-26')));
  assert.ok(datesCompatible(dated('2018-06-26'), dated('2018-06-27')), 'one day apart: time zones, datelines');
  assert.ok(!datesCompatible(dated('2018-06-26'), dated('2018-06-28')));
  assert.ok(!datesCompatible(dated('2018-07'), dated('2018-06-26')));
  assert.ok(datesCompatible(dated('2016-07-08', '2016-07-10'), dated('2016-07-10')), 'inside a multi-day meeting');
  assert.ok(!datesCompatible(dated('2016-07-08', '2016-07-10'), dated('2016-07-12')));
  assert.ok(!datesCompatible(dated(null), dated('2016-07-12')));
});

test('levels: equal, "other" on either side, or two names of one rank', () => {
  assert.ok(levelsCompatible('ministerial', 'ministerial'));
  assert.ok(levelsCompatible('other', 'summit'));
  assert.ok(levelsCompatible('ministerial', 'joint_ministerial'));
  assert.ok(levelsCompatible('political_directors', 'senior_officials'));
  assert.ok(!levelsCompatible('ministerial', 'defence_ministerial'));
  assert.ok(!levelsCompatible('summit', 'ministerial'));
});

test('places: Skhirat is near Rabat; Casablanca is not; an unknown side or one country is enough', () => {
  const rabat = { ...paris, city: 'Rabat', country: 'MA' };
  const skhirat = { ...paris, city: 'Skhirat', country: 'MA' };
  const km = distanceKm(coordinatesOf('Rabat')!, coordinatesOf('Skhirat')!);
  assert.ok(km > 15 && km < 50, `Rabat–Skhirat ${km} km`);
  assert.equal(placeMatch(rabat, skhirat), 'near');
  assert.ok(nearbyCities('Rabat').includes('Skhirat'));
  assert.equal(placeMatch(rabat, { ...rabat, city: 'Casablanca' }), null);
  assert.equal(placeMatch(paris, { ...paris, city: 'London', country: 'GB' }), null);
  assert.equal(placeMatch(paris, { ...paris }), 'same');
  assert.equal(placeMatch(paris, { ...paris, city: null }), 'country');
  assert.equal(placeMatch(paris, { ...paris, city: null, country: 'BE' }), null);
  assert.equal(placeMatch(paris, { ...paris, city: null, country: null }), 'unknown');
  const online = { ...paris, city: null, country: null, format: 'virtual' };
  assert.equal(placeMatch(online, { ...online }), 'same', 'both held online');
  assert.equal(placeMatch({ ...paris, format: 'in_person' }, online), null);
});

test('scores: a precise agreement beats a coarse one; vague references need more evidence', () => {
  const exact = matchScore(paris, { ...paris })!;
  const coarse = matchScore(paris, { ...paris, date: '2018-06' })!;
  assert.ok(exact > coarse && coarse > 0);
  assert.equal(matchScore(paris, { ...paris, body: 'nato' }), null);
  assert.equal(matchScore(paris, { ...paris, level: 'summit' }), null);
  assert.ok(matchScore(paris, { ...paris, chairs: ['Ash Carter'] })! < exact, 'different chairs weigh against');
  // Undated: only with the same city and the same named level.
  assert.notEqual(matchScore(paris, { ...paris, date: null }), null);
  assert.equal(matchScore(paris, { ...paris, date: null, city: null }), null);
  assert.equal(matchScore(paris, { ...paris, date: null, level: 'other' }), null);
  // A year with no place in common says too little.
  assert.equal(matchScore(paris, { ...paris, date: '2018', city: null, country: null }), null);
  assert.notEqual(matchScore(paris, { ...paris, date: '2018', city: null }), null);
});

test('the best match is unique, or there is none', () => {
  const june = { ...paris, id: 1, date: '2018-06-28' };
  const july = { ...paris, id: 2, date: '2018-07-05' };
  assert.equal(bestMatch([june, july], { ...paris, date: '2018-06-28' })?.meeting.id, 1);
  assert.equal(bestMatch([june, july], { ...paris, date: '2018-09' }), undefined);
  const twoInJune = [june, { ...june, id: 3, date: '2018-06-05' }];
  assert.equal(bestMatch(twoInJune, { ...paris, date: '2018-06', chairs: [] }), undefined, 'two June meetings fit equally: ambiguous');
});
