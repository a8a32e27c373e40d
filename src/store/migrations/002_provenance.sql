-- Chronicle schema v2: near-duplicate documents, provenance of every meeting value, conflicts,
-- curations that survive re-ingestion, and an audit log.

-- Documents: a seeded MinHash signature, its LSH band hashes (GIN-indexed, for finding near-copies
-- without scanning), and the original a near-copy belongs with (its near-duplicate group is
-- coalesce(duplicate_of, id)).
ALTER TABLE documents ADD COLUMN minhash integer[];
ALTER TABLE documents ADD COLUMN lsh integer[];
ALTER TABLE documents ADD COLUMN duplicate_of integer REFERENCES documents (id) ON DELETE SET NULL;
CREATE INDEX documents_lsh_idx ON documents USING gin (lsh);
CREATE INDEX documents_duplicate_of_idx ON documents (duplicate_of);

-- Meetings: the window of days the resolved date covers (indexed with the body, for finding merge
-- candidates), the format, the conflicts between mentions, the date's reasons and a folded search text.
ALTER TABLE meetings ADD COLUMN format text;
ALTER TABLE meetings ADD COLUMN date_lo date;
ALTER TABLE meetings ADD COLUMN date_hi date;
ALTER TABLE meetings ADD COLUMN conflicts jsonb NOT NULL DEFAULT '[]'::jsonb;
ALTER TABLE meetings ADD COLUMN date_reasons jsonb NOT NULL DEFAULT '[]'::jsonb;
ALTER TABLE meetings ADD COLUMN search_text text NOT NULL DEFAULT '';
CREATE INDEX meetings_body_date_lo_idx ON meetings (body, date_lo);
CREATE INDEX meetings_body_city_idx ON meetings (body, city);
CREATE INDEX meetings_country_idx ON meetings (country);
CREATE INDEX meetings_status_idx ON meetings (status);
CREATE INDEX meetings_payload_idx ON meetings USING gin (payload jsonb_path_ops);

-- Mentions: each belongs to exactly one meeting (the link table of v1 allowed several), and keeps its
-- language-neutral slot readings (value, confidence, first evidence) for resolution.
ALTER TABLE mentions ADD COLUMN meeting_id integer REFERENCES meetings (id) ON DELETE SET NULL;
ALTER TABLE mentions ADD COLUMN slots jsonb;
UPDATE mentions mn SET meeting_id = mm.meeting_id FROM meeting_mentions mm WHERE mm.mention_id = mn.id;
DROP TABLE meeting_mentions;
CREATE INDEX mentions_meeting_id_idx ON mentions (meeting_id, document_id);

-- Every distinct value the mentions of a meeting give for a slot, the mentions that give it, and
-- whether it is the meeting's resolved value.
CREATE TABLE meeting_values (
  meeting_id integer NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  slot text NOT NULL,
  value jsonb,
  mention_ids integer[] NOT NULL,
  resolved boolean NOT NULL
);
CREATE INDEX meeting_values_meeting_id_idx ON meeting_values (meeting_id, slot);

-- A person's correction, merge or split. The meetings it concerns are named by the stable keys of
-- their mentions (document content hash + mention index), so it can be re-applied after the
-- meetings are recomputed; meeting_id is where it applies now (NULL while it waits to be re-applied).
CREATE TABLE curations (
  id serial PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('set', 'merge', 'split')),
  author text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  note text,
  slot text,
  value jsonb,
  target_keys jsonb NOT NULL,
  source_keys jsonb,
  meeting_id integer REFERENCES meetings (id) ON DELETE SET NULL,
  applied boolean NOT NULL DEFAULT true
);
CREATE INDEX curations_meeting_id_idx ON curations (meeting_id);
CREATE INDEX curations_pending_idx ON curations (id) WHERE NOT applied;

-- What happened, by whom: ingestion of each mention, and every curation. meeting_id is not a foreign
-- key: the log outlives merged-away and recomputed meetings.
CREATE TABLE audit_log (
  id serial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  author text NOT NULL,
  action text NOT NULL CHECK (action IN ('set', 'merge', 'split', 'ingest')),
  meeting_id integer,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_meeting_id_idx ON audit_log (meeting_id, id);

-- Work the store must do when it next opens: a store from v1 has meetings without windows,
-- provenance or signatures, so they are recomputed from the stored mentions.
CREATE TABLE store_flags (name text PRIMARY KEY);
INSERT INTO store_flags (name) SELECT 'recompute_meetings' WHERE EXISTS (SELECT 1 FROM mentions);
