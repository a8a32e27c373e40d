import assert from 'node:assert/strict';
import { test } from 'node:test';
import { removeDuplicateParagraphs, removeRepeatedLead } from '../../src/stages/normalize/repeats.ts';

const LEAD = 'Les ministres de la coalition se réunissent jeudi à Londres, ont annoncé des responsables.';
const SECOND = 'La réunion portera sur les combattants étrangers et le financement.';

test('duplicates: a paragraph seen before goes, whitespace aside', () => {
  const result = removeDuplicateParagraphs([LEAD, '', SECOND, '', LEAD.replace(/ /g, '  ')]);
  assert.deepEqual(result.lines, [LEAD, '', SECOND, '']);
  assert.deepEqual(result.removed.map((removal) => removal.kind), ['duplicate-paragraph']);
});

test('duplicates: similar but different paragraphs stay', () => {
  const lines = [LEAD, LEAD.replace('jeudi', 'vendredi')];
  assert.deepEqual(removeDuplicateParagraphs(lines).lines, lines);
});

/** [closing paragraph, removed?] with the article [title, LEAD, SECOND, closing]. */
const LEAD_CASES: [string, boolean][] = [
  [`${LEAD} ${SECOND.slice(0, 20)}...`, true],
  [`${LEAD.slice(0, 50)}…`, true],
  [`${LEAD.slice(0, 45)}[...]`, true],
  [`${LEAD} ${SECOND}`, true],
  // Too short to be sure, or not a prefix of the lead.
  ['Les ministres...', false],
  [`${LEAD.slice(0, 60)}`, false],
  ['Ils ont promis de se revoir dans six mois, selon la même source...', false],
  [`${SECOND.slice(0, 30)} des pays voisins...`, false],
];

for (const [closing, removed] of LEAD_CASES) {
  test(`repeated lead: ${JSON.stringify(closing.slice(0, 40))} → ${removed ? 'removed' : 'kept'}`, () => {
    const lines = ['Titre de l’article', '', LEAD, '', SECOND, '', closing];
    const result = removeRepeatedLead(lines);
    assert.deepEqual(result.lines, removed ? lines.slice(0, -1) : lines);
    assert.deepEqual(result.removed, removed ? [{ kind: 'repeated-lead', text: closing }] : []);
  });
}

test('repeated lead: a one-paragraph text is never its own repeat', () => {
  assert.deepEqual(removeRepeatedLead([`${LEAD}...`]).lines, [`${LEAD}...`]);
});
