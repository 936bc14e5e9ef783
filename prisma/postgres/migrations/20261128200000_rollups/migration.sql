-- AlterTable
ALTER TABLE "cooperation_record" ADD COLUMN     "spans_months" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "agg_period" (
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "agg_period_pkey" PRIMARY KEY ("year","month","kind")
);

-- CreateTable
CREATE TABLE "agg_actor_period" (
    "actor_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "agg_actor_period_pkey" PRIMARY KEY ("actor_id","year","month","kind")
);

-- CreateTable
CREATE TABLE "agg_actor" (
    "actor_id" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "agg_actor_pkey" PRIMARY KEY ("actor_id")
);

-- CreateTable
CREATE TABLE "agg_actor_year" (
    "actor_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "agg_actor_year_pkey" PRIMARY KEY ("actor_id","year","kind")
);

-- CreateTable
CREATE TABLE "agg_pair" (
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "agg_pair_pkey" PRIMARY KEY ("a","b")
);

-- CreateTable
CREATE TABLE "agg_topic_period" (
    "topic_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "agg_topic_period_pkey" PRIMARY KEY ("topic_id","year","month","kind")
);

-- CreateTable
CREATE TABLE "agg_commitment_period" (
    "commitment_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "agg_commitment_period_pkey" PRIMARY KEY ("commitment_id","year","month","kind")
);

-- CreateTable
CREATE TABLE "agg_actor_topic" (
    "actor_id" TEXT NOT NULL,
    "topic_id" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "agg_actor_topic_pkey" PRIMARY KEY ("actor_id","topic_id")
);

-- CreateTable
CREATE TABLE "agg_actor_commitment" (
    "actor_id" TEXT NOT NULL,
    "commitment_id" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "agg_actor_commitment_pkey" PRIMARY KEY ("actor_id","commitment_id")
);

-- CreateIndex
CREATE INDEX "agg_pair_b_a_idx" ON "agg_pair"("b", "a");

-- CreateIndex
CREATE INDEX "cooperation_record_spans_months_date_end_idx" ON "cooperation_record"("spans_months", "date_end");

-- CreateIndex
CREATE INDEX "cooperation_record_id_deleted_at_kind_date_start_date_end_idx" ON "cooperation_record"("id", "deleted_at", "kind", "date_start", "date_end");


-- Text search (hand-written: Prisma does not model expression indexes). A GIN index of the words of
-- the folded search text answers `q` (every word of the query as a word prefix) without scanning.
CREATE INDEX "cooperation_record_search_text_fts_idx" ON "cooperation_record" USING gin (to_tsvector('simple', "search_text"));
