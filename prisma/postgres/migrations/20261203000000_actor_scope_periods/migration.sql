-- One actor with one topic or one GCM objective, per start period and kind
-- (docs/decisions/0008-aggregates-and-performance.md): counted here from the live records a database
-- already holds, then kept exact on every write and recounted with the other rollups.

-- CreateTable
CREATE TABLE "agg_actor_topic_period" (
    "actor_id" TEXT NOT NULL,
    "topic_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "agg_actor_topic_period_pkey" PRIMARY KEY ("actor_id","topic_id","year","month","kind")
);

-- CreateTable
CREATE TABLE "agg_actor_commitment_period" (
    "actor_id" TEXT NOT NULL,
    "commitment_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "agg_actor_commitment_period_pkey" PRIMARY KEY ("actor_id","commitment_id","year","month","kind")
);

-- Fill
INSERT INTO "agg_actor_topic_period" ("actor_id", "topic_id", "year", "month", "kind", "n")
SELECT p."actor_id", t."topic_id", r."year", COALESCE(r."month", 0), r."kind", COUNT(*)
FROM "record_participant" p
JOIN "record_topic" t ON t."record_id" = p."record_id"
JOIN "cooperation_record" r ON r."id" = p."record_id"
WHERE r."deleted_at" IS NULL
GROUP BY p."actor_id", t."topic_id", r."year", COALESCE(r."month", 0), r."kind";

INSERT INTO "agg_actor_commitment_period" ("actor_id", "commitment_id", "year", "month", "kind", "n")
SELECT p."actor_id", c."commitment_id", r."year", COALESCE(r."month", 0), r."kind", COUNT(*)
FROM "record_participant" p
JOIN "record_commitment" c ON c."record_id" = p."record_id"
JOIN "cooperation_record" r ON r."id" = p."record_id"
WHERE r."deleted_at" IS NULL
GROUP BY p."actor_id", c."commitment_id", r."year", COALESCE(r."month", 0), r."kind";
