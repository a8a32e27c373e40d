import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../src/stages/language/index.ts';

test('French and English texts are told apart', () => {
  assert.equal(detectLanguage("Les ministres des Affaires étrangères de la coalition se réuniront jeudi à Londres."), 'fr');
  assert.equal(detectLanguage('Foreign ministers of the coalition will meet in London on Thursday.'), 'en');
});
