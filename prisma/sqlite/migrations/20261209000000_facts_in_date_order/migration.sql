-- Facts rows numbered in the order of their records' end dates (SQLite only; lib/db/facts.ts,
-- docs/decisions/0013-facet-index.md). A row's id is its record's last day as a day number
-- ((year * 12 + month - 1) * 31 + day - 1) times 2^24, plus its place among that day's rows. The facet
-- index's rowids are those ids, so a filter's start date is a lower bound on them: FTS5 reads the posting
-- lists from there instead of from their beginning, and the matching rows are read in date order. The
-- CHECK refuses a row outside its day's ids, so no row can sit where such a bound would miss it.
-- The rows and the index are renumbered; the links and the words stay as they are.

DROP TRIGGER "record_facts_gone";

CREATE TABLE "new_record_facts" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "record_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "date_start" TEXT NOT NULL,
    "date_end" TEXT NOT NULL,
    "actors" TEXT NOT NULL,
    "topics" TEXT NOT NULL,
    "commitments" TEXT NOT NULL,
    CHECK ("id" >= ((CAST(substr("date_end", 1, 4) AS INTEGER) * 12 + CAST(substr("date_end", 6, 2) AS INTEGER) - 1) * 31 + CAST(substr("date_end", 9, 2) AS INTEGER) - 1) * 16777216
       AND "id" < ((CAST(substr("date_end", 1, 4) AS INTEGER) * 12 + CAST(substr("date_end", 6, 2) AS INTEGER) - 1) * 31 + CAST(substr("date_end", 9, 2) AS INTEGER)) * 16777216)
);

INSERT INTO "new_record_facts" ("id", "record_id", "kind", "date_start", "date_end", "actors", "topics", "commitments")
SELECT ((CAST(substr(x."date_end", 1, 4) AS INTEGER) * 12 + CAST(substr(x."date_end", 6, 2) AS INTEGER) - 1) * 31 + CAST(substr(x."date_end", 9, 2) AS INTEGER) - 1) * 16777216
         + ROW_NUMBER() OVER (PARTITION BY x."date_end" ORDER BY x."record_id") - 1,
       x."record_id", x."kind", x."date_start", x."date_end", x."actors", x."topics", x."commitments"
FROM "record_facts" x;

DROP TABLE "record_facts";
ALTER TABLE "new_record_facts" RENAME TO "record_facts";
CREATE UNIQUE INDEX "record_facts_record_id_key" ON "record_facts"("record_id");

-- The index again, under the new rowids (the same statement as the facts' first fill).
INSERT INTO "record_facet_fts" ("record_facet_fts") VALUES ('delete-all');
INSERT INTO "record_facet_fts" ("rowid", "search_text", "facets")
SELECT x."id", r."search_text",
  COALESCE((SELECT group_concat('a' || hex(p."actor_id"), ' ') FROM "record_participant" p WHERE p."record_id" = r."id"), '') || ' ' ||
  COALESCE((SELECT group_concat('t' || hex(t."topic_id"), ' ') FROM "record_topic" t WHERE t."record_id" = r."id"), '') || ' ' ||
  COALESCE((SELECT group_concat('c' || hex(c."commitment_id"), ' ') FROM "record_commitment" c WHERE c."record_id" = r."id"), '')
FROM "record_facts" x JOIN "cooperation_record" r ON r."id" = x."record_id"
ORDER BY x."id";
-- One segment per index, as a bulk fill leaves several (a few seconds at a million records).
INSERT INTO "record_facet_fts" ("record_facet_fts") VALUES ('optimize');

-- A record deleted for good takes its facts with it, whatever deleted it.
CREATE TRIGGER "record_facts_gone" AFTER DELETE ON "cooperation_record" BEGIN
  DELETE FROM "record_facet_fts" WHERE "rowid" IN (SELECT "id" FROM "record_facts" WHERE "record_id" = old."id");
  DELETE FROM "record_facts" WHERE "record_id" = old."id";
END;
