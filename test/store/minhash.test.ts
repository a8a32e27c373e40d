// The near-duplicate threshold, measured: distinct reports of the dev corpus stay far below it, and
// syndicated or lightly edited copies of each of them stay above it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { HASHES, lshBands, minhash, NEAR_DUPLICATE_JACCARD, shingles, similarity } from '../../src/store/minhash.ts';

const DEV = new URL('../../corpus/dev/', import.meta.url);
const texts = ['fr', 'en'].flatMap((lang) =>
  readdirSync(new URL(`${lang}/`, DEV))
    .sort()
    .map((file) => readFileSync(new URL(`${lang}/${file}`, DEV), 'utf8')),
);
const signatures = texts.map(minhash);

/** A wire copy: another headline, a credit line added at the end. */
const syndicated = (text: string) => {
  const [, ...body] = text.trim().split('\n');
  return ['Diplomacy: coalition partners meet again', ...body, '(Reporting by the wire desk; editing by the night desk)'].join('\n');
};
/** One word in twenty replaced (5% of the words). */
const edited = (text: string) =>
  text
    .split(' ')
    .map((w, i) => (i % 20 === 7 ? 'changed' : w))
    .join(' ');

test('signatures are seeded: the same text gives the same 128 minima in every run', () => {
  assert.equal(signatures[0].length, HASHES);
  assert.deepEqual(minhash(texts[0]), signatures[0]);
  assert.ok(signatures[0].every((h) => Number.isInteger(h) && h >= -(2 ** 31) && h < 2 ** 31));
  assert.equal(similarity(signatures[0], minhash(texts[0])), 1);
});

test('the estimate follows the true Jaccard similarity of the shingle sets', () => {
  const a = shingles(texts[0]);
  const b = shingles(edited(texts[0]));
  const inter = [...a].filter((x) => b.has(x)).length;
  const jaccard = inter / (a.size + b.size - inter);
  assert.ok(Math.abs(similarity(signatures[0], minhash(edited(texts[0]))) - jaccard) < 0.15);
});

test(`distinct reports of the dev corpus are far below the threshold (${NEAR_DUPLICATE_JACCARD})`, () => {
  assert.ok(texts.length > 50);
  let max = 0;
  for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) max = Math.max(max, similarity(signatures[i], signatures[j]));
  assert.ok(max < NEAR_DUPLICATE_JACCARD / 2, `most similar distinct pair: ${max}`);
});

test('syndicated and 5%-edited copies of every dev document are above the threshold and share an LSH band', () => {
  texts.forEach((text, i) => {
    for (const copy of [syndicated(text), edited(text)]) {
      const signature = minhash(copy);
      assert.ok(similarity(signatures[i], signature) >= NEAR_DUPLICATE_JACCARD, `copy of document ${i}: ${similarity(signatures[i], signature)}`);
      const bands = new Set(lshBands(signatures[i]));
      assert.ok(lshBands(signature).some((b) => bands.has(b)), `copy of document ${i} found through a band`);
    }
  });
});
