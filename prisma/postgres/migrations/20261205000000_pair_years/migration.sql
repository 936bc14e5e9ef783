-- Actor pairs per start year and kind (docs/decisions/0008-aggregates-and-performance.md): one actor's
-- partners for a span of years or some kinds. Counted here from the live records a database already
-- holds, then kept exact on every write and recounted with the other rollups.

-- CreateTable
CREATE TABLE "agg_pair_year" (
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "agg_pair_year_pkey" PRIMARY KEY ("a","b","year","kind")
);

-- CreateIndex
CREATE INDEX "agg_pair_year_b_a_year_kind_idx" ON "agg_pair_year"("b", "a", "year", "kind");

-- Fill
INSERT INTO "agg_pair_year" ("a", "b", "year", "kind", "n")
SELECT x."actor_id", y."actor_id", r."year", r."kind", COUNT(*)
FROM "record_participant" x
JOIN "record_participant" y ON y."record_id" = x."record_id" AND x."actor_id" < y."actor_id"
JOIN "cooperation_record" r ON r."id" = x."record_id"
WHERE r."deleted_at" IS NULL
GROUP BY x."actor_id", y."actor_id", r."year", r."kind";
