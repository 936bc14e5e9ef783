-- Actor pairs within each topic's and each commitment's records (docs/decisions/0008-aggregates-and-performance.md):
-- the ties of one topic's or one GCM objective's network. Records with more than 50 participants
-- (WIDE_RECORD, lib/db/rollups.ts) are left out, as for the hub pairs: their ties are counted at read
-- time. Counted here from the live records a database already holds, then kept exact on every write.

-- CreateTable
CREATE TABLE "agg_topic_actor_pair" (
    "topic_id" TEXT NOT NULL,
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("topic_id", "a", "b")
);

-- CreateTable
CREATE TABLE "agg_commitment_actor_pair" (
    "commitment_id" TEXT NOT NULL,
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("commitment_id", "a", "b")
);

-- Fill
INSERT INTO "agg_topic_actor_pair" ("topic_id", "a", "b", "n")
SELECT t."topic_id", x."actor_id", y."actor_id", COUNT(*)
FROM (SELECT p."record_id" FROM "record_participant" p JOIN "cooperation_record" r ON r."id" = p."record_id"
      WHERE r."deleted_at" IS NULL GROUP BY p."record_id" HAVING COUNT(*) <= 50) k
JOIN "record_topic" t ON t."record_id" = k."record_id"
JOIN "record_participant" x ON x."record_id" = k."record_id"
JOIN "record_participant" y ON y."record_id" = k."record_id" AND x."actor_id" < y."actor_id"
GROUP BY t."topic_id", x."actor_id", y."actor_id";

INSERT INTO "agg_commitment_actor_pair" ("commitment_id", "a", "b", "n")
SELECT c."commitment_id", x."actor_id", y."actor_id", COUNT(*)
FROM (SELECT p."record_id" FROM "record_participant" p JOIN "cooperation_record" r ON r."id" = p."record_id"
      WHERE r."deleted_at" IS NULL GROUP BY p."record_id" HAVING COUNT(*) <= 50) k
JOIN "record_commitment" c ON c."record_id" = k."record_id"
JOIN "record_participant" x ON x."record_id" = k."record_id"
JOIN "record_participant" y ON y."record_id" = k."record_id" AND x."actor_id" < y."actor_id"
GROUP BY c."commitment_id", x."actor_id", y."actor_id";

-- The wide records, recounted: migration 20261201000000_hub_pairs created this table empty, and a
-- database seeded before it kept it empty (the seed recounts only when the shipped data changes), so
-- the ties of its wide records were missing where they are counted at read time.
DELETE FROM "agg_wide_record";
INSERT INTO "agg_wide_record" ("record_id", "n")
SELECT p."record_id", COUNT(*)
FROM "record_participant" p JOIN "cooperation_record" r ON r."id" = p."record_id"
WHERE r."deleted_at" IS NULL
GROUP BY p."record_id"
HAVING COUNT(*) > 50;
