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


-- Text search (hand-written: Prisma does not model operator classes of extensions). A trigram GIN
-- index lets LIKE '%term%' on the folded search text use an index instead of scanning every record.
-- pg_trgm ships with PostgreSQL and is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "cooperation_record_search_text_trgm_idx" ON "cooperation_record" USING gin ("search_text" gin_trgm_ops);
