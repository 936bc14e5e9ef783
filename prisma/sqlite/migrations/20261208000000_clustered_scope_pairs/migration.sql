-- The pre-counted actor pairs of a hub's, a topic's and a GCM objective's records, stored in the order
-- of their key (SQLite only: WITHOUT ROWID; PostgreSQL keeps its tables). A scope's network reads its
-- kept ties by key, counts its pairs from the key alone and looks each tie of its wide records up by
-- key (lib/server/queries/network.ts, SCOPE_TIES); as rowid tables, each of those reads went from the
-- key's index to the table for `n`. The busiest state's network at 1M records: 48–60 → 27 ms for its
-- ties (docs/decisions/0008-aggregates-and-performance.md). Same columns and keys: nothing else changes.

CREATE TABLE "new_agg_hub_pair" (
    "hub" TEXT NOT NULL,
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("hub", "a", "b")
) WITHOUT ROWID;
INSERT INTO "new_agg_hub_pair" ("hub", "a", "b", "n") SELECT "hub", "a", "b", "n" FROM "agg_hub_pair";
DROP TABLE "agg_hub_pair";
ALTER TABLE "new_agg_hub_pair" RENAME TO "agg_hub_pair";

CREATE TABLE "new_agg_topic_actor_pair" (
    "topic_id" TEXT NOT NULL,
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("topic_id", "a", "b")
) WITHOUT ROWID;
INSERT INTO "new_agg_topic_actor_pair" ("topic_id", "a", "b", "n")
SELECT "topic_id", "a", "b", "n" FROM "agg_topic_actor_pair";
DROP TABLE "agg_topic_actor_pair";
ALTER TABLE "new_agg_topic_actor_pair" RENAME TO "agg_topic_actor_pair";

CREATE TABLE "new_agg_commitment_actor_pair" (
    "commitment_id" TEXT NOT NULL,
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("commitment_id", "a", "b")
) WITHOUT ROWID;
INSERT INTO "new_agg_commitment_actor_pair" ("commitment_id", "a", "b", "n")
SELECT "commitment_id", "a", "b", "n" FROM "agg_commitment_actor_pair";
DROP TABLE "agg_commitment_actor_pair";
ALTER TABLE "new_agg_commitment_actor_pair" RENAME TO "agg_commitment_actor_pair";
