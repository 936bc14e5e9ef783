-- Record facts and their facet index (hand-written: the SQLite migration of the same name is the same
-- design with FTS5). docs/decisions/0013-facet-index.md. One row per live record: its kind and dates,
-- its participants, topics and commitments, one facet per participant (a:VNM), topic (t:health) and
-- commitment (c:gcm-23) in a GIN-indexed array, and its search words as the same tsvector as the text
-- index of the records. A filter that combines narrowings is one bitmap scan of those indexes, the
-- aggregates of the matching records unnest their arrays. Kept exact on every write with the rollups
-- (lib/db/facts.ts), a record deleted for good takes its row with it (foreign key).

CREATE TABLE "record_facts" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "record_id" TEXT NOT NULL REFERENCES "cooperation_record" ("id") ON DELETE CASCADE,
    "kind" TEXT NOT NULL,
    "date_start" TEXT NOT NULL,
    "date_end" TEXT NOT NULL,
    "actors" TEXT[] NOT NULL,
    "topics" TEXT[] NOT NULL,
    "commitments" TEXT[] NOT NULL,
    "facets" TEXT[] NOT NULL,
    "words" TSVECTOR NOT NULL
);

-- Fill (the same statement as lib/db/facts.ts, for every live record), then index.
INSERT INTO "record_facts" ("record_id", "kind", "date_start", "date_end", "actors", "topics", "commitments", "facets", "words")
SELECT r."id", r."kind", r."date_start", r."date_end",
  ARRAY(SELECT l."actor_id" FROM "record_participant" l WHERE l."record_id" = r."id"),
  ARRAY(SELECT l."topic_id" FROM "record_topic" l WHERE l."record_id" = r."id"),
  ARRAY(SELECT l."commitment_id" FROM "record_commitment" l WHERE l."record_id" = r."id"),
  ARRAY(SELECT 'a:' || l."actor_id" FROM "record_participant" l WHERE l."record_id" = r."id"
        UNION ALL SELECT 't:' || l."topic_id" FROM "record_topic" l WHERE l."record_id" = r."id"
        UNION ALL SELECT 'c:' || l."commitment_id" FROM "record_commitment" l WHERE l."record_id" = r."id"),
  to_tsvector('simple', regexp_replace(r."search_text", '[[:punct:]]+', ' ', 'g'))
FROM "cooperation_record" r WHERE r."deleted_at" IS NULL;

CREATE UNIQUE INDEX "record_facts_record_id_key" ON "record_facts"("record_id");
CREATE INDEX "record_facts_facets_idx" ON "record_facts" USING gin ("facets");
CREATE INDEX "record_facts_words_idx" ON "record_facts" USING gin ("words");
