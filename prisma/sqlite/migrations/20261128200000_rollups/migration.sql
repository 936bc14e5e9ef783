-- CreateTable
CREATE TABLE "agg_period" (
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("year", "month", "kind")
);

-- CreateTable
CREATE TABLE "agg_actor_period" (
    "actor_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("actor_id", "year", "month", "kind")
);

-- CreateTable
CREATE TABLE "agg_actor" (
    "actor_id" TEXT NOT NULL PRIMARY KEY,
    "n" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "agg_actor_year" (
    "actor_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("actor_id", "year", "kind")
);

-- CreateTable
CREATE TABLE "agg_pair" (
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("a", "b")
);

-- CreateTable
CREATE TABLE "agg_topic_period" (
    "topic_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("topic_id", "year", "month", "kind")
);

-- CreateTable
CREATE TABLE "agg_commitment_period" (
    "commitment_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("commitment_id", "year", "month", "kind")
);

-- CreateTable
CREATE TABLE "agg_actor_topic" (
    "actor_id" TEXT NOT NULL,
    "topic_id" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("actor_id", "topic_id")
);

-- CreateTable
CREATE TABLE "agg_actor_commitment" (
    "actor_id" TEXT NOT NULL,
    "commitment_id" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("actor_id", "commitment_id")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_cooperation_record" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "date_start" TEXT NOT NULL,
    "date_end" TEXT NOT NULL,
    "date_precision" TEXT NOT NULL,
    "end_date" TEXT,
    "end_precision" TEXT,
    "date_basis" TEXT NOT NULL DEFAULT 'event',
    "year" INTEGER NOT NULL,
    "month" INTEGER,
    "place_id" TEXT,
    "data_note" TEXT,
    "search_text" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'seed',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    "deleted_at" DATETIME,
    "spans_months" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "cooperation_record_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "place" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_cooperation_record" ("created_at", "data_note", "date_basis", "date_end", "date_precision", "date_start", "deleted_at", "end_date", "end_precision", "id", "kind", "month", "origin", "place_id", "search_text", "summary", "title", "updated_at", "version", "year") SELECT "created_at", "data_note", "date_basis", "date_end", "date_precision", "date_start", "deleted_at", "end_date", "end_precision", "id", "kind", "month", "origin", "place_id", "search_text", "summary", "title", "updated_at", "version", "year" FROM "cooperation_record";
DROP TABLE "cooperation_record";
ALTER TABLE "new_cooperation_record" RENAME TO "cooperation_record";
CREATE INDEX "cooperation_record_place_id_idx" ON "cooperation_record"("place_id");
CREATE INDEX "cooperation_record_date_start_id_idx" ON "cooperation_record"("date_start", "id");
CREATE INDEX "cooperation_record_kind_date_start_idx" ON "cooperation_record"("kind", "date_start");
CREATE INDEX "cooperation_record_year_month_kind_idx" ON "cooperation_record"("year", "month", "kind");
CREATE INDEX "cooperation_record_spans_months_date_end_idx" ON "cooperation_record"("spans_months", "date_end");
CREATE INDEX "cooperation_record_id_deleted_at_kind_date_start_date_end_idx" ON "cooperation_record"("id", "deleted_at", "kind", "date_start", "date_end");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "agg_pair_b_a_idx" ON "agg_pair"("b", "a");


-- Text search (hand-written: Prisma does not model virtual tables). An FTS5 index of the words of the
-- folded search text answers `q` (every word of the query as a word prefix) without scanning every
-- record; triggers keep it in step with the records table.
CREATE VIRTUAL TABLE "record_fts" USING fts5(search_text, content='cooperation_record', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
INSERT INTO "record_fts" ("rowid", "search_text") SELECT "rowid", "search_text" FROM "cooperation_record";
CREATE TRIGGER "record_fts_insert" AFTER INSERT ON "cooperation_record" BEGIN
  INSERT INTO "record_fts" ("rowid", "search_text") VALUES (new."rowid", new."search_text");
END;
CREATE TRIGGER "record_fts_delete" AFTER DELETE ON "cooperation_record" BEGIN
  INSERT INTO "record_fts" ("record_fts", "rowid", "search_text") VALUES ('delete', old."rowid", old."search_text");
END;
CREATE TRIGGER "record_fts_update" AFTER UPDATE OF "search_text" ON "cooperation_record" BEGIN
  INSERT INTO "record_fts" ("record_fts", "rowid", "search_text") VALUES ('delete', old."rowid", old."search_text");
  INSERT INTO "record_fts" ("rowid", "search_text") VALUES (new."rowid", new."search_text");
END;
