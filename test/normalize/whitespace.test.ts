import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeWhitespace } from '../../src/stages/normalize/whitespace.ts';

const CASES: [string, string, string][] = [
  ['CRLF and CR become LF', 'a\r\nb\rc', 'a\nb\nc'],
  ['lines are trimmed, inner runs folded', '  a \t b  \n c ', 'a b\nc'],
  ['blank runs become one blank line', '\n\na\n\n\n\nb\n\n', 'a\n\nb'],
  ['non-breaking spaces become spaces', 'Koweït\u202F: le\u00A0jeudi', 'Koweït : le jeudi'],
  ['a BOM is dropped', '\uFEFFTexte', 'Texte'],
  ['accents, apostrophes and quotes are kept', 'l’État « réuni » "ici"', 'l’État « réuni » "ici"'],
];

for (const [name, input, expected] of CASES) {
  test(`whitespace: ${name}`, () => assert.equal(normalizeWhitespace(input), expected));
}
