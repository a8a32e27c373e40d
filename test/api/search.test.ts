/** Document search on both stores: the same French and English, accent-insensitive results from PGlite and PostgreSQL. */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, MATCH_END, MATCH_START, type OpenOptions, type Store } from '../../src/store/index.ts';
import { PGLITE, POSTGRES, pgSkip } from '../store/backends.ts';
import { BRUSSELS_MINISTERIAL, NATO_SUMMIT, PARIS_ANNOUNCED, PARIS_HELD, extracted } from '../store/fixtures.ts';

function searchSuite(name: string, options: () => OpenOptions, skip: string | false): void {
  describe(name, { skip }, () => {
    let store: Store;
    before(async () => {
      store = await openStore(options());
      for (const raw of [PARIS_ANNOUNCED, PARIS_HELD, NATO_SUMMIT, BRUSSELS_MINISTERIAL]) await store.ingest(extracted(raw));
    });
    after(async () => {
      await store?.close();
    });
    const docs = async (q: string, lang?: 'fr' | 'en') => (await store.searchDocuments({ q, lang, limit: 10, offset: 0 })).hits.map((h) => h.doc).sort();

    test('French words match with or without accents, and their inflections', async () => {
      assert.deepEqual(await docs('réunion ministérielle'), ['fr-bruxelles-ministerielle.txt', 'fr-paris-annonce.txt']);
      assert.deepEqual(await docs('REUNION MINISTERIELLES'), ['fr-bruxelles-ministerielle.txt', 'fr-paris-annonce.txt']);
      assert.deepEqual(await docs('présidée'), ['fr-bruxelles-ministerielle.txt', 'fr-paris-annonce.txt']);
    });

    test('English words match by stem; phrases and exclusions follow web search syntax', async () => {
      assert.deepEqual(await docs('summits chaired'), ['en-nato-summit.txt']);
      assert.deepEqual(await docs('"foreign fighters"'), ['en-paris-held.txt']);
      assert.deepEqual(await docs('Paris -stabilization', 'fr'), ['fr-paris-annonce.txt']);
      assert.deepEqual(await docs('Paris', 'en'), ['en-paris-held.txt']);
    });

    test('results are ranked, counted and paginated, with the matches marked in snippets', async () => {
      const all = await store.searchDocuments({ q: 'Drian', limit: 1, offset: 0 });
      assert.equal(all.total, 2);
      assert.equal(all.hits.length, 1);
      assert.ok(all.hits[0]!.snippet.includes(`${MATCH_START}Drian${MATCH_END}`));
      const second = await store.searchDocuments({ q: 'Drian', limit: 1, offset: 1 });
      assert.notEqual(second.hits[0]!.id, all.hits[0]!.id);
      const beyond = await store.searchDocuments({ q: 'Drian', limit: 1, offset: 5 });
      assert.deepEqual(beyond, { total: 2, hits: [] });
      assert.deepEqual(await store.searchDocuments({ q: 'Tokyo', limit: 5, offset: 0 }), { total: 0, hits: [] });
    });
  });
}

searchSuite('document search on PGlite', PGLITE, false);
searchSuite('document search on PostgreSQL', POSTGRES, pgSkip);
