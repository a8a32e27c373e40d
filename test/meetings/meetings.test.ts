// The meetings stage through extract(): frames, linking and slots on small texts written for the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/core/pipeline.ts';

const NOW = new Date('2026-11-23T00:00:00Z');
const meetings = (text: string, published?: string) => extract({ id: 't', origin: 't', text, published }, { now: NOW }).mentions;

test('one sentence, two meetings: "celle des ministres de la Défense" founds a second meeting', () => {
  const m = meetings(
    "La dernière réunion des ministres des Affaires étrangères de la coalition contre l'EI a eu lieu le 2 février à Rome, alors que celle des ministres de la Défense s'est tenue à Bruxelles le 11 février.",
    '2016-07-19',
  );
  assert.deepEqual(m.map((x) => [x.city?.value, x.level.value, x.date?.value.iso]), [
    ['Rome', 'ministerial', '2016-02-02'],
    ['Brussels', 'defence_ministerial', '2016-02-11'],
  ]);
});

test('bilateral talks are not a meeting of a body', () => {
  assert.equal(meetings("Le ministre a rencontré mardi à Paris son homologue irakien lors d'un entretien bilatéral sur la coalition contre l'EI.").length, 0);
});

test('member counts: words, figures and qualifiers; the coalition size is not a count', () => {
  const [a] = meetings("Les ministres d'une vingtaine de pays de la coalition contre l'EI sont attendus jeudi à Londres.");
  assert.deepEqual(a.memberCount?.value, { value: 20, qualifier: 'about' });
  const [b] = meetings("Plus de 40 pays participeront à la réunion de la coalition anti-EI à Washington.");
  assert.deepEqual(b.memberCount?.value, { value: 40, qualifier: 'more_than' });
  const [c] = meetings("La coalition contre l'EI, composée d'une soixantaine de pays, se réunira à Rome.");
  assert.equal(c.memberCount, null);
});

test('chairs come from the cue that introduces them, with evidence', () => {
  const [m] = meetings("Sous la présidence du secrétaire d'Etat Mike Pompeo, les ministres de la coalition contre l'EI se retrouveront à Washington.");
  assert.deepEqual(m.chairs.map((c) => c.value), ['Mike Pompeo']);
  assert.equal(m.chairs[0].evidence[0].text, 'Mike Pompeo');
});

test('topics only from what the text gives as the agenda', () => {
  const [m] = meetings("Les ministres de la coalition contre l'EI se réuniront à Londres. Les discussions porteront sur les combattants étrangers et le financement de l'EI. La coalition mène aussi des frappes.");
  assert.deepEqual(m.topics.map((t) => t.value).sort(), ['counter_finance', 'foreign_fighters']);
});

test('a virtual meeting has no city', () => {
  const [m] = meetings('The coalition against ISIS held a virtual ministerial meeting by videoconference on Thursday.', '2020-06-05');
  assert.equal(m.city, null);
  assert.equal(m.format?.value, 'virtual');
});
