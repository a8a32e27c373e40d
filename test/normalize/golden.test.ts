import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { RawDoc } from '../../src/core/types.ts';
import { normalize } from '../../src/stages/normalize/index.ts';

/**
 * One case per folder of test/fixtures/normalize: input.txt or input.html, an optional meta.json
 * (url, title, published as a JSON Lines record would give them), expected.txt and expected.json.
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/normalize/', import.meta.url));

for (const slug of readdirSync(FIXTURES).sort()) {
  test(`normalize fixture ${slug}`, () => {
    const dir = join(FIXTURES, slug);
    const doc = normalize(readFixtureInput(dir, slug));
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
    assert.equal(doc.text, readFileSync(join(dir, 'expected.txt'), 'utf8').replace(/\n$/, ''));
    assert.deepEqual(
      {
        crawlDate: doc.crawlDate ?? null,
        publishedHint: doc.publishedHint ?? null,
        title: doc.title ?? null,
        removed: doc.removed.map((removal) => removal.kind),
      },
      expected,
    );
  });
}

function readFixtureInput(dir: string, slug: string): RawDoc {
  const meta = existsSync(join(dir, 'meta.json')) ? JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) : {};
  const raw: RawDoc = { id: slug, origin: dir, ...meta };
  const htmlPath = join(dir, 'input.html');
  if (existsSync(htmlPath)) raw.html = readFileSync(htmlPath, 'utf8');
  else raw.text = readFileSync(join(dir, 'input.txt'), 'utf8');
  return raw;
}
