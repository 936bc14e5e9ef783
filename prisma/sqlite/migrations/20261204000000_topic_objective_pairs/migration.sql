-- Topics and GCM objectives counted together (docs/decisions/0008-aggregates-and-performance.md): the
-- topics and objectives of one topic's or one objective's records. Counted here from the live records a
-- database already holds, then kept exact on every write and recounted with the other rollups.

-- CreateTable
CREATE TABLE "agg_topic_pair" (
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("a", "b")
);

-- CreateTable
CREATE TABLE "agg_topic_commitment" (
    "topic_id" TEXT NOT NULL,
    "commitment_id" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("topic_id", "commitment_id")
);

-- CreateTable
CREATE TABLE "agg_commitment_pair" (
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("a", "b")
);

-- CreateIndex
CREATE INDEX "agg_topic_commitment_commitment_id_topic_id_idx" ON "agg_topic_commitment"("commitment_id", "topic_id");

-- Fill
INSERT INTO "agg_topic_pair" ("a", "b", "n")
SELECT x."topic_id", y."topic_id", COUNT(*)
FROM "record_topic" x
JOIN "record_topic" y ON y."record_id" = x."record_id"
JOIN "cooperation_record" r ON r."id" = x."record_id"
WHERE r."deleted_at" IS NULL
GROUP BY x."topic_id", y."topic_id";

INSERT INTO "agg_topic_commitment" ("topic_id", "commitment_id", "n")
SELECT t."topic_id", c."commitment_id", COUNT(*)
FROM "record_topic" t
JOIN "record_commitment" c ON c."record_id" = t."record_id"
JOIN "cooperation_record" r ON r."id" = t."record_id"
WHERE r."deleted_at" IS NULL
GROUP BY t."topic_id", c."commitment_id";

INSERT INTO "agg_commitment_pair" ("a", "b", "n")
SELECT x."commitment_id", y."commitment_id", COUNT(*)
FROM "record_commitment" x
JOIN "record_commitment" y ON y."record_id" = x."record_id"
JOIN "cooperation_record" r ON r."id" = x."record_id"
WHERE r."deleted_at" IS NULL
GROUP BY x."commitment_id", y."commitment_id";
