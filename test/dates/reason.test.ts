// Date resolution through the whole pipeline, each case with a fixed "now".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/core/pipeline.ts';

const NOW = new Date('2026-11-23T00:00:00Z');
const dateOf = (text: string, index = 0) => {
  const x = extract({ id: 't', origin: 't', text }, { now: NOW });
  return { date: x.mentions[index]?.date?.value.iso ?? null, published: x.published?.iso ?? null, reasons: x.mentions[index]?.dateReasons ?? [] };
};

test('a weekday and a year-less day meet the terms of office of the named officials', () => {
  const r = dateOf(
    "Le secrétaire d'Etat John Kerry et le secrétaire à la Défense Ash Carter accueilleront jeudi 21 juillet à Washington une réunion des ministres de la coalition contre l'EI, a annoncé mardi le département d'Etat.",
  );
  assert.equal(r.date, '2016-07-21');
  assert.ok(r.reasons.some((x) => x.includes('Ash Carter')) || r.reasons.some((x) => x.includes('jeudi')));
});

test('a year-less date with nothing to fix the year stays open rather than guessed', () => {
  assert.equal(dateOf("La coalition contre l'EI se réunira le 21 juillet à Paris.").date, null);
});

test('a JSON Lines publication date fixes a bare weekday', () => {
  const x = extract({ id: 't', origin: 't', text: 'Coalition foreign ministers will meet on Thursday in London to discuss the campaign against ISIS.', published: '2015-01-19' }, { now: NOW });
  assert.equal(x.mentions[0].date?.value.iso, '2015-01-22');
  assert.equal(x.published?.iso, '2015-01-19');
});

test('a crawl date bounds publication from above and is never taken for it', () => {
  const x = extract({ id: 't', origin: 't', text: " date 2022-03 La coalition contre l'EI se réunira jeudi à Rome." }, { now: NOW });
  assert.notEqual(x.published?.iso, '2022-03');
  assert.equal(x.doc.crawlDate?.iso, '2022-03');
});

test('a meeting told as past with a year-less date lies before the day of writing', () => {
  const x = extract({ id: 't', origin: 't', text: "La dernière réunion de la coalition anti-EI a eu lieu le 2 février à Rome.", published: '2016-07-19' }, { now: NOW });
  assert.equal(x.mentions[0].date?.value.iso, '2016-02-02');
});

test('a birth year is not a meeting date', () => {
  const x = extract({ id: 't', origin: 't', text: "Né en 1957, le ministre a présidé jeudi une réunion de la coalition contre l'EI à Paris.", published: '2016-10-27' }, { now: NOW });
  // A bare "jeudi" told as past on a Thursday is that day (a week earlier would be "jeudi dernier"), never 1957.
  assert.equal(x.mentions[0].date?.value.iso, '2016-10-27');
  // "Né en 1957" dates a birth: it is never offered as the meeting's date.
  assert.ok(!x.mentions[0].date?.evidence.some((e) => e.text.includes('1957')));
  assert.ok(!x.mentions[0].dateReasons.some((r) => r.includes('1957')));
});

test('two weekdays joined by "et" are the first and last days of one meeting, not a contradiction', () => {
  const x = extract({ id: 't', origin: 't', text: "Les ministres de la coalition contre l'EI, réunis jeudi et vendredi à Oslo, ont adopté un plan d'action.", published: '2016-02-05' }, { now: NOW });
  assert.equal(x.mentions[0].date?.value.iso, '2016-02-04');
  assert.equal(x.mentions[0].endDate?.value.iso, '2016-02-05');
});

test('a weekday naming the second day of a meeting on record dates the meeting from its first day', () => {
  const x = extract({ id: 't', origin: 't', text: 'NATO leaders wrapped up their summit in London on Wednesday with a joint declaration.' }, { now: NOW });
  const [m] = x.mentions;
  assert.equal(m.date?.value.iso, '2019-12-03');
  assert.equal(m.endDate?.value.iso, '2019-12-04');
  assert.ok(m.dateReasons.some((r) => r.includes('on record')));
});

test('two weekdays told of one meeting a day apart are its first and second days', () => {
  const x = extract(
    {
      id: 't',
      origin: 't',
      text: "Les ministres de la Défense de la coalition contre l'EI se sont réunis mercredi à Oslo. Jeudi, la réunion des ministres de la coalition s'est achevée par une déclaration commune.",
      published: '2018-03-16',
    },
    { now: NOW },
  );
  const [m] = x.mentions;
  assert.equal(m.date?.value.iso, '2018-03-14');
  assert.equal(m.endDate?.value.iso, '2018-03-15');
});

test('a weekday named after the meeting\'s, earlier in the week, is not taken for its first day', () => {
  const x = extract(
    { id: 't', origin: 't', text: "Les ministres de la coalition contre l'EI se réuniront mercredi à Oslo, a-t-on appris lundi de sources diplomatiques.", published: '2018-03-12' },
    { now: NOW },
  );
  assert.equal(x.mentions[0].date?.value.iso, '2018-03-14');
});

test('a stated day outweighs an approximate offset from an event ("dix jours après la chute de …")', () => {
  const x = extract(
    { id: 't', origin: 't', text: "La réunion de la coalition contre l'EI, prévue le 2 juin à Paris, interviendra dix jours après la chute de Ramadi.", published: '2015-05-20' },
    { now: NOW },
  );
  assert.equal(x.mentions[0].date?.value.iso, '2015-06-02');
});

test('a bare weekday told in the present is the nearest one to the day of writing', () => {
  const at = (published: string) =>
    extract({ id: 't', origin: 't', text: "Les ministres de la Défense de la coalition contre l'EI se retrouvent jeudi pour faire le point.", published }, { now: NOW }).mentions[0].date?.value.iso;
  assert.equal(at('2016-10-25'), '2016-10-27');
  assert.equal(at('2016-10-29'), '2016-10-27');
});

test('a meeting held online is the body\'s only online meeting on record that fits', () => {
  const x = extract(
    { id: 't', origin: 't', text: "Les ministres de la coalition contre Daech se sont réunis mardi par visioconférence, sous la présidence du secrétaire d'Etat Antony Blinken." },
    { now: NOW },
  );
  assert.equal(x.mentions[0].city, null);
  assert.equal(x.mentions[0].date?.value.iso, '2021-03-30');
  assert.ok(x.mentions[0].dateReasons.some((r) => r.includes('held online')));
});

test('an official named with their office in the meeting\'s sentences held it then: their term narrows the meeting', () => {
  const text =
    'Secretary-General Jens Stoltenberg said Thursday after chairing a virtual meeting of NATO defence ministers that the alliance would expand its Iraq mission. The meeting was the first for Lloyd Austin as U.S. defense secretary.';
  const [m] = extract({ id: 't', origin: 't', text }, { now: NOW }).mentions;
  // Of NATO's online defence ministerials (2020–2021), only February 2021 came after Austin took office.
  assert.equal(m.date?.value.iso, '2021-02-17');
  assert.ok(m.dateReasons.some((r) => r.startsWith('attended while in office: Lloyd Austin')));
  assert.equal(m.status.value, 'held');
});

test('the meeting a lead reports on a weekday of its own ("said Thursday after chairing") was held in the days before the writing', () => {
  const text = 'Secretary of State Antony Blinken said Monday after chairing a meeting of foreign ministers of the coalition against ISIS in Rome that the group remains a threat.';
  const x = extract({ id: 't', origin: 't', text }, { now: NOW });
  assert.equal(x.mentions[0].date?.value.iso, '2021-06-28');
  assert.equal(x.published?.iso, '2021-06-28');
});

test('"ouverte la veille", "trois semaines plus tôt" date other meetings from the meeting the text is about', () => {
  const x = extract(
    {
      id: 't',
      origin: 't',
      text: "Le secrétaire américain à la Défense Ashton Carter a réuni jeudi à Bruxelles ses homologues de la coalition contre l'EI. La rencontre s'est tenue en marge de la réunion des ministres de la Défense de l'Otan, ouverte la veille dans la capitale belge. Jean-Yves Le Drian avait accueilli trois semaines plus tôt à Paris une réunion des ministres de la Défense de la coalition.",
    },
    { now: NOW },
  );
  assert.deepEqual(x.mentions.map((m) => [m.body.value, m.date?.value.iso]), [
    ['coalition', '2016-02-11'],
    ['nato', '2016-02-10'],
    ['coalition', '2016-01-20'],
  ]);
  assert.ok(x.mentions[1].dateReasons.some((r) => r.includes('"la veille" counted from meeting')));
});
