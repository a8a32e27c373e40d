// Frames and slots on small texts written for the test: what is a meeting, which date and place are its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/core/pipeline.ts';
import { findDateExpressions } from '../../src/stages/dates/expressions.ts';

const NOW = new Date('2026-11-23T00:00:00Z');
const meetings = (text: string, published?: string) => extract({ id: 't', origin: 't', text, published }, { now: NOW }).mentions;

test('"the first meeting since February 2019 in Washington" founds an earlier meeting and does not date this one', () => {
  const m = meetings(
    "Rome, 28 juin 2021 - Pour la première fois depuis février 2019, les ministres de la coalition internationale contre l'organisation Etat islamique se sont réunis lundi à Rome.",
  );
  const subject = m.find((x) => x.role === 'subject')!;
  assert.equal(subject.date?.value.iso, '2021-06-28');
  assert.equal(subject.city?.value, 'Rome');
  const earlier = m.find((x) => x !== subject);
  assert.equal(earlier?.date?.value.iso, '2019-02');
});

test('an event named before a date keeps its date and place away from the meeting', () => {
  const [m, ...rest] = meetings(
    "La rencontre de la coalition contre l'EI, jeudi à Washington, intervenait au lendemain de l'anniversaire des attentats du 13 novembre 2015 à Paris.",
    '2019-11-15',
  );
  assert.equal(rest.length, 0);
  assert.equal(m.date?.value.iso, '2019-11-14');
  assert.equal(m.city?.value, 'Washington');
});

test('a verb whose object is a person is a bilateral encounter, not a meeting of the body', () => {
  assert.equal(meetings('In Baghdad, Pompeo met Prime Minister Adel Abdul-Mahdi to discuss the coalition against ISIS.').length, 0);
});

test('a habit of the body ("se réunit régulièrement") is not a meeting', () => {
  assert.equal(meetings("La coalition contre l'EI se réunit régulièrement au niveau des groupes de travail.").length, 0);
});

test('a forum that is no body\'s meeting, and what the text then calls "the conference", are not meetings', () => {
  const m = meetings(
    'MUNICH (Reuters) - The crisis in Ukraine dominated the Munich Security Conference, pushing the fight against Islamic State to the margins. The conference, founded in 1963, takes no decisions.',
  );
  assert.equal(m.length, 0);
});

test('"celle" stands for a meeting only right after one, never for an attack', () => {
  assert.equal(meetings("C'est l'attaque la plus meurtrière depuis celle du musée du Bardo, revendiquée par l'EI, que combat la coalition.").length, 0);
});

test('a dateline city places a meeting told as held when the text names no other place', () => {
  const [m] = meetings("ROME (AP) — Foreign ministers of the coalition against the Islamic State group met on Monday to discuss detained fighters.", '2021-06-28');
  assert.equal(m.city?.value, 'Rome');
  assert.equal(m.city?.evidence[0].rule, 'city:dateline');
});

test('co-chairs: a chain of coordinated names after "sous la coprésidence", and the partner of "coprésidait ... avec"', () => {
  const [a] = meetings(
    "La réunion ministérielle de la coalition contre Daech s'est ouverte mardi à Koweït sous la coprésidence du vice-Premier ministre koweïtien, cheikh Sabah Khaled Al-Hamad Al-Sabah, et du secrétaire d'Etat américain, Rex Tillerson.",
  );
  assert.deepEqual(a.chairs.map((c) => c.value).sort(), ['Rex Tillerson', 'Sabah Al-Khalid Al-Sabah']);
  const [b] = meetings(
    "Les ministres de la coalition contre l'EI étaient reçus à Rome par Paolo Gentiloni, qui coprésidait la réunion avec le secrétaire d'Etat américain John Kerry.",
  );
  assert.deepEqual(b.chairs.map((c) => c.value).sort(), ['John Kerry', 'Paolo Gentiloni']);
});

test('a sentence listing lines of effort right after a meeting gives its agenda; boilerplate about the body does not', () => {
  const [m] = meetings(
    "Les directeurs politiques de la coalition contre l'EI se sont réunis mercredi à Bruxelles. Ils plaident pour une stratégie associant pression militaire, lutte contre le financement et tarissement du flux de combattants étrangers.",
  );
  assert.deepEqual(m.topics.map((t) => t.value).sort(), ['counter_finance', 'foreign_fighters', 'military']);
  const [n] = meetings(
    "Les directeurs politiques de la coalition contre l'EI se sont réunis mercredi à Bruxelles. Depuis sa création en 2014, la coalition agit contre le financement de Daech, les combattants étrangers et sa propagande.",
  );
  assert.deepEqual(n.topics, []);
});

test('the count of a meeting is not taken for the size of the coalition when the meeting is what gathers them', () => {
  const [m] = meetings('Cette réunion de la coalition contre Daech, qui rassemble 74 membres, se tient mardi à Koweït.');
  assert.deepEqual(m.memberCount?.value, { value: 74, qualifier: 'exact' });
});

test('"les 1er et 2 mars 2023" is one range of two days', () => {
  const [e] = findDateExpressions('se tiendra les 1er et 2 mars 2023 à Niamey', 'fr');
  assert.deepEqual([e.day, e.endDay, e.month, e.year], [1, 2, 3, 2023]);
});

test('the place after "since February 2019 in Washington" belongs to the earlier meeting, not to this one', () => {
  const m = meetings(
    "ROME (AP) — Foreign ministers of the coalition against the Islamic State group met on Monday at the first in-person ministerial meeting since February 2019 in Washington.",
    '2021-06-28',
  );
  const subject = m.find((x) => x.role === 'subject')!;
  assert.equal(subject.city?.value, 'Rome');
  const earlier = m.find((x) => x !== subject);
  assert.equal(earlier?.city?.value, 'Washington');
  // February 2019, refined by the record to the one coalition ministerial held in Washington that month.
  assert.equal(earlier?.date?.value.iso, '2019-02-06');
});

test('a verb with a number of attendees is a meeting even with no body or level named in its clause', () => {
  const m = meetings("Les grandes réunions de la coalition contre l'EI.\n\n2 février 2016, Rome : les 23 pays du petit groupe se retrouvent à la Farnesina.");
  assert.deepEqual(m.map((x) => [x.city?.value, x.date?.value.iso, x.memberCount?.value.value]), [['Rome', '2016-02-02', 23]]);
});
