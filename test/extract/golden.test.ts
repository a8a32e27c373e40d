// Golden extraction tests: every folder test/fixtures/extract/<lang>/<slug>/ holds input.txt and expected.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/core/pipeline.ts';
import { toGold } from '../../src/core/gold.ts';

const ROOT = new URL('../fixtures/extract/', import.meta.url).pathname;
const NOW = new Date('2026-11-23T00:00:00Z');

for (const lang of readdirSync(ROOT)) {
  for (const slug of readdirSync(join(ROOT, lang))) {
    test(`extract ${lang}/${slug}`, () => {
      const dir = join(ROOT, lang, slug);
      const text = readFileSync(join(dir, 'input.txt'), 'utf8');
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
      const { doc: _doc, ...actual } = toGold(extract({ id: 'input.txt', origin: dir, text }, { now: NOW }));
      assert.deepEqual(actual, expected);
    });
  }
}
