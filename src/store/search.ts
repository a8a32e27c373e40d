/**
 * Full-text search over documents (migration 010_search): each document is indexed in its own language
 * with accents folded, and a query is read both as French and as English, since its language is unknown.
 */
import type { Sql } from './db.ts';

export interface DocumentSearch {
  q: string;
  lang?: 'fr' | 'en';
  limit: number;
  offset: number;
}

export interface DocumentHit {
  id: number;
  doc: string;
  title: string | null;
  lang: string;
  published: string | null;
  rank: number;
  /** Fragments of the text with each matched word between MATCH_START and MATCH_END. */
  snippet: string;
}

export interface DocumentHits {
  total: number;
  hits: DocumentHit[];
}

// Private-use characters: never in news text (and removed from it before highlighting), so the web
// layer can escape a snippet and then turn them into <mark>.
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

const QUERY = `websearch_to_tsquery('chronicle_french', $1) || websearch_to_tsquery('chronicle_english', $1)`;
const CONFIG_OF_LANG = `CASE WHEN d.lang = 'fr' THEN 'chronicle_french'::regconfig ELSE 'chronicle_english'::regconfig END`;
const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxFragments=2, MinWords=8, MaxWords=24, FragmentDelimiter=" … "`;

export async function searchDocuments(sql: Sql, search: DocumentSearch): Promise<DocumentHits> {
  const params = [search.q, search.lang ?? null, search.limit, search.offset];
  // Headlines are computed for the page of hits only: they reread the whole text.
  const rows = await sql.query<DocumentHit & { total: number }>(
    `WITH hits AS (
       SELECT d.id, ts_rank_cd(d.search, q.query) AS rank, count(*) OVER ()::int AS total, q.query
       FROM documents d, (SELECT ${QUERY} AS query) q
       WHERE d.search @@ q.query AND ($2::text IS NULL OR d.lang = $2::text)
       ORDER BY rank DESC, d.id
       LIMIT $3 OFFSET $4
     )
     SELECT d.id, d.doc_key AS doc, d.title, d.lang, d.published, h.rank, h.total,
            ts_headline(${CONFIG_OF_LANG}, translate(d.text, '${MATCH_START}${MATCH_END}', ''), h.query, '${HEADLINE_OPTIONS}') AS snippet
     FROM hits h JOIN documents d ON d.id = h.id
     ORDER BY h.rank DESC, d.id`,
    params,
  );
  const total = rows[0]?.total ?? (search.offset > 0 ? await countMatches(sql, search) : 0);
  return { total, hits: rows.map(({ total: _, ...hit }) => hit) };
}

async function countMatches(sql: Sql, search: DocumentSearch): Promise<number> {
  const rows = await sql.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM documents d WHERE d.search @@ (${QUERY}) AND ($2::text IS NULL OR d.lang = $2::text)`,
    [search.q, search.lang ?? null],
  );
  return rows[0]!.total;
}
