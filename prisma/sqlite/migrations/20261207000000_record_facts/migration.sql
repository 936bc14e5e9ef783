-- Record facts and their facet index (SQLite only; hand-written: Prisma does not model virtual tables).
-- docs/decisions/0013-facet-index.md. One narrow row per live record (its kind, dates and, as JSON
-- arrays, its participants, topics and commitments) and an FTS5 index of its search text and of one
-- token per participant, topic and commitment ('a', 't' or 'c' and the id's UTF-8 bytes in hex). A
-- filter that combines narrowings (a country and a topic, words and a country) intersects their
-- posting lists in the index instead of probing each record; the aggregates of the matching records
-- read their participants, topics and commitments from the facts row. Kept exact on every write with
-- the rollups (lib/db/facts.ts).

CREATE TABLE "record_facts" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "record_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "date_start" TEXT NOT NULL,
    "date_end" TEXT NOT NULL,
    "actors" TEXT NOT NULL,
    "topics" TEXT NOT NULL,
    "commitments" TEXT NOT NULL
);
CREATE UNIQUE INDEX "record_facts_record_id_key" ON "record_facts"("record_id");

CREATE VIRTUAL TABLE "record_facet_fts" USING fts5(search_text, facets, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');

-- Fill (the same statements as lib/db/facts.ts, for every live record).
INSERT INTO "record_facts" ("record_id", "kind", "date_start", "date_end", "actors", "topics", "commitments")
SELECT r."id", r."kind", r."date_start", r."date_end",
  (SELECT json_group_array(p."actor_id") FROM "record_participant" p WHERE p."record_id" = r."id"),
  (SELECT json_group_array(t."topic_id") FROM "record_topic" t WHERE t."record_id" = r."id"),
  (SELECT json_group_array(c."commitment_id") FROM "record_commitment" c WHERE c."record_id" = r."id")
FROM "cooperation_record" r WHERE r."deleted_at" IS NULL;

INSERT INTO "record_facet_fts" ("rowid", "search_text", "facets")
SELECT x."id", r."search_text",
  COALESCE((SELECT group_concat('a' || hex(p."actor_id"), ' ') FROM "record_participant" p WHERE p."record_id" = r."id"), '') || ' ' ||
  COALESCE((SELECT group_concat('t' || hex(t."topic_id"), ' ') FROM "record_topic" t WHERE t."record_id" = r."id"), '') || ' ' ||
  COALESCE((SELECT group_concat('c' || hex(c."commitment_id"), ' ') FROM "record_commitment" c WHERE c."record_id" = r."id"), '')
FROM "record_facts" x JOIN "cooperation_record" r ON r."id" = x."record_id";

-- A record deleted for good takes its facts with it, whatever deleted it.
CREATE TRIGGER "record_facts_gone" AFTER DELETE ON "cooperation_record" BEGIN
  DELETE FROM "record_facet_fts" WHERE "rowid" IN (SELECT "id" FROM "record_facts" WHERE "record_id" = old."id");
  DELETE FROM "record_facts" WHERE "record_id" = old."id";
END;
