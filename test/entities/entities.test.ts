import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../../src/stages/entities/index.ts';

const kinds = (text: string, lang: 'fr' | 'en') => findEntities(text, lang).all.map((e) => `${e.kind}:${e.id}`);

test('French exonyms and demonyms map to places and ISO codes', () => {
  const found = kinds("Les ministres se retrouvent à Londres et à Bruxelles ; le chef de la diplomatie américaine est attendu au Koweït.", 'fr');
  assert.ok(found.includes('city:london'), found.join());
  assert.ok(found.includes('city:brussels'), found.join());
  assert.ok(found.includes('demonym:US'), found.join());
});

test('the adversary is recognised under its aliases and never as a meeting body', () => {
  const found = kinds("La coalition contre l'EI, aussi appelé Daech ou EIIL, se réunit.", 'fr');
  assert.ok(found.filter((k) => k === 'adversary:isis').length >= 2, found.join());
});

test('people: a known official with a title, and a surname resolved through the full name', () => {
  const { people } = findEntities("Le secrétaire d'Etat John Kerry est arrivé. M. Kerry a rencontré l'ancien ministre Laurent Fabius.", 'fr');
  const kerry = people.filter((p) => p.id === 'John Kerry');
  assert.equal(kerry.length, 2);
  assert.ok(kerry[0].titles.includes('foreign_minister'));
  const fabius = people.find((p) => p.id === 'Laurent Fabius');
  assert.ok(fabius?.former, 'a former minister is marked former');
});

test('people: a capitalised honorific before a known surname ("Secretary Blinken") introduces that official', () => {
  const { people } = findEntities('On June 8, Secretary Blinken and Prince Faisal bin Farhan Al Saud will co-host the meeting.', 'en');
  assert.deepEqual(people.map((p) => [p.text, p.id]), [
    ['Blinken', 'Antony Blinken'],
    ['Faisal bin Farhan Al Saud', 'Faisal bin Farhan Al Saud'],
  ]);
});

test('English: lower-case "us" is not the United States', () => {
  assert.ok(!kinds('Join us in London.', 'en').includes('country:US'));
  assert.ok(kinds('US officials met in London.', 'en').includes('country:US'));
});

test('a weekday or a month is never part of a name, even before an appositive title', () => {
  const { people } = findEntities('On Wednesday, the foreign minister of Iraq arrived. In March, the defence minister of Jordan followed.', 'en');
  assert.deepEqual(people.map((p) => p.text), []);
});

test('a French title reads through the demonym inside it: "le ministre français de la Défense"', () => {
  const { people } = findEntities("Le ministre français de la Défense Jean-Yves Le Drian et le secrétaire américain à la Défense Ashton Carter sont arrivés.", 'fr');
  assert.deepEqual(people.map((p) => [p.id, p.titles]), [
    ['Jean-Yves Le Drian', ['defence_minister']],
    ['Ash Carter', ['defence_minister']],
  ]);
});

test('"King Abdullah of Jordan" is Abdullah II, not the Saudi king of the same name', () => {
  const { people } = findEntities('King Abdullah of Jordan spoke at the conference.', 'en');
  assert.deepEqual(people.map((p) => p.id), ['Abdullah II']);
});

test('"la capitale saoudienne" and "the Belgian capital" name the capital city, not a participant', () => {
  assert.deepEqual(kinds('La réunion se tiendra jeudi dans la capitale saoudienne.', 'fr'), ['city:riyadh']);
  assert.deepEqual(kinds('Ministers gathered in the Belgian capital on Thursday.', 'en'), ['city:brussels']);
});

test('a cue ending in an elision ("à l\'invitation d\'") runs into the next word', async () => {
  const { phraseMatcher } = await import('../../src/lang/phrases.ts');
  const m = phraseMatcher(["a l'invitation d'", 'sommet']);
  assert.deepEqual(m.all("reunis a l'invitation d'antony blinken au sommet").map((x) => x.phrase), ["a l'invitation d'", 'sommet']);
  assert.equal(m.test('sommets'), false);
});

test('a title introduced by "as" or "en tant que" after the name is the person\'s office', () => {
  const en = findEntities('The meeting was the first for Lloyd Austin as U.S. defense secretary.', 'en').people;
  assert.deepEqual(en.map((p) => [p.id, p.titles]), [['Lloyd Austin', ['defence_minister']]]);
  const fr = findEntities("Jean-Yves Le Drian, présent en tant que ministre de la Défense, a pris la parole.", 'fr').people;
  assert.ok(fr[0].titles.includes('defence_minister'), JSON.stringify(fr));
  // "as" not right after the name introduces no title.
  const far = findEntities('Lloyd Austin spoke as soon as the defense secretary of Iraq arrived.', 'en').people;
  assert.deepEqual(far.find((p) => p.id === 'Lloyd Austin')?.titles, []);
});
