import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateExpressions } from '../../src/stages/dates/expressions.ts';

const pick = (text: string, lang: 'fr' | 'en') =>
  findDateExpressions(text, lang).map(({ text, day, month, year, weekday, weekdayRelation, relative, endDay, monthPart, durationDays }) =>
    JSON.parse(JSON.stringify({ text, day, month, year, weekday, weekdayRelation, relative, endDay, monthPart, durationDays })),
  );

const cases: [string, 'fr' | 'en', object[]][] = [
  ['réunis jeudi à Londres', 'fr', [{ text: 'jeudi', weekday: 4, weekdayRelation: 'bare' }]],
  ['réunis jeudi et vendredi à Rome', 'fr', [{ text: 'jeudi et vendredi', weekday: 4, weekdayRelation: 'bare', durationDays: 1 }]],
  ['on Tuesday and Wednesday next week', 'en', [{ text: 'Tuesday and Wednesday', weekday: 2, weekdayRelation: 'bare', durationDays: 1 }, { text: 'next week', relative: { unit: 'week', offset: 1 } }]],
  ['met from Monday to Wednesday', 'en', [{ text: 'Monday to Wednesday', weekday: 1, weekdayRelation: 'bare', durationDays: 2 }]],
  ['jeudi, puis vendredi', 'fr', [{ text: 'jeudi', weekday: 4, weekdayRelation: 'bare' }, { text: 'vendredi', weekday: 5, weekdayRelation: 'bare' }]],
  ['le 21 juillet', 'fr', [{ text: '21 juillet', day: 21, month: 7 }]],
  ['ce mercredi (22 mars 2017)', 'fr', [{ text: '22 mars 2017', day: 22, month: 3, year: 2017, weekday: 3, weekdayRelation: 'this' }]],
  ['mardi dernier', 'fr', [{ text: 'mardi dernier', weekday: 2, weekdayRelation: 'last' }]],
  ['du 11 au 12 décembre', 'fr', [{ text: '11 au 12 décembre', day: 11, month: 12, endDay: 12 }]],
  ['prochaine réunion en mai', 'fr', [{ text: 'en mai', month: 5 }]],
  ['début février 2016', 'fr', [{ text: 'début février 2016', month: 2, year: 2016, monthPart: 'early' }]],
  ["l'an dernier", 'fr', [{ text: "l'an dernier", relative: { unit: 'year', offset: -1 } }]],
  ['la semaine prochaine', 'fr', [{ text: 'la semaine prochaine', relative: { unit: 'week', offset: 1 } }]],
  ['on Thursday', 'en', [{ text: 'Thursday', weekday: 4, weekdayRelation: 'bare' }]],
  ['last Tuesday', 'en', [{ text: 'last Tuesday', weekday: 2, weekdayRelation: 'last' }]],
  ['December 11-12', 'en', [{ text: 'December 11-12', day: 11, month: 12, endDay: 12 }]],
  ['in early February', 'en', [{ text: 'early February', month: 2, monthPart: 'early' }]],
  ['RUDAW 11-06-2025', 'en', [{ text: '11-06-2025', day: 11, month: 6, year: 2025 }]],
  ['Posted 11/06/2025', 'en', [{ text: '11/06/2025', day: 6, month: 11, year: 2025 }]],
];

for (const [input, lang, expected] of cases) {
  test(`${lang}: ${input}`, () => assert.deepEqual(pick(input, lang), expected));
}

test('negative: a modal "may", a span of years and a large number are not dates', () => {
  assert.deepEqual(pick('The ministers may meet again.', 'en'), []);
  assert.deepEqual(pick('plans pour la période 2018-2019', 'fr'), []);
  assert.deepEqual(pick('Plus de 13 000 soldats', 'fr'), []);
});

test('relative words are read as offsets, never as calendar dates', () => {
  assert.deepEqual(pick('demain', 'fr'), [{ text: 'demain', relative: { unit: 'day', offset: 1 } }]);
  assert.deepEqual(pick('yesterday', 'en'), [{ text: 'yesterday', relative: { unit: 'day', offset: -1 } }]);
});

test('days counted from another meeting: "la veille", "trois semaines plus tôt", "the next day", not "la veille du sommet"', () => {
  const fr = findDateExpressions("La réunion, ouverte la veille à Bruxelles. Il avait accueilli trois semaines plus tôt une réunion. A la veille du sommet, deux jours avant la réunion.", 'fr');
  assert.deepEqual(fr.filter((e) => e.fromMeeting).map((e) => [e.text, e.fromMeeting!.days, e.fromMeeting!.slack]), [
    ['la veille', -1, 0],
    ['trois semaines plus tôt', -21, 5],
  ]);
  const en = findDateExpressions('Ministers met again the next day. Three weeks later, 2 days earlier, the day before the summit.', 'en');
  assert.deepEqual(en.filter((e) => e.fromMeeting).map((e) => [e.text, e.fromMeeting!.days]), [
    ['the next day', 1],
    ['Three weeks later', 21],
    ['2 days earlier', -2],
  ]);
});
