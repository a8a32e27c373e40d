-- Chronicle schema v1: documents, the mentions extracted from them, and the meetings they merge into.

CREATE TABLE documents (
  id serial PRIMARY KEY,
  doc_key text NOT NULL,
  content_hash text NOT NULL UNIQUE,
  url text,
  title text,
  lang text NOT NULL,
  text text NOT NULL,
  published text,
  published_precision text,
  published_source text,
  crawl_date text,
  ingested_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX documents_doc_key_idx ON documents (doc_key);

CREATE TABLE mentions (
  id serial PRIMARY KEY,
  document_id integer NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  mention_index integer NOT NULL,
  payload jsonb NOT NULL,
  body text NOT NULL,
  level text NOT NULL,
  date text,
  date_precision text,
  city text,
  country text,
  UNIQUE (document_id, mention_index)
);

CREATE INDEX mentions_document_id_idx ON mentions (document_id);

CREATE TABLE meetings (
  id serial PRIMARY KEY,
  body text NOT NULL,
  level text NOT NULL,
  date text,
  date_precision text,
  end_date text,
  city text,
  country text,
  venue text,
  lat double precision,
  lon double precision,
  status text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX meetings_body_date_idx ON meetings (body, date);

CREATE TABLE meeting_mentions (
  meeting_id integer NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  mention_id integer NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
  PRIMARY KEY (meeting_id, mention_id)
);

CREATE INDEX meeting_mentions_mention_id_idx ON meeting_mentions (mention_id);
