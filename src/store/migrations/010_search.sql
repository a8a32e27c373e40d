-- Full-text search over documents, accent-insensitive in French and English, and the indexes that keep
-- the document list fast at 100,000 documents.

-- In `public` so that stores kept in other schemas of one server share it and dropping a schema keeps it.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;

CREATE TEXT SEARCH CONFIGURATION chronicle_french (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION chronicle_french ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION chronicle_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION chronicle_english ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, english_stem;

-- Each document is indexed in its own language; the title weighs more than the body.
ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(CASE WHEN lang = 'fr' THEN 'chronicle_french'::regconfig ELSE 'chronicle_english'::regconfig END, coalesce(title, '')), 'A')
  || setweight(to_tsvector(CASE WHEN lang = 'fr' THEN 'chronicle_french'::regconfig ELSE 'chronicle_english'::regconfig END, text), 'B')
) STORED;

CREATE INDEX documents_search_idx ON documents USING gin (search);
CREATE INDEX documents_published_idx ON documents (published, id);
