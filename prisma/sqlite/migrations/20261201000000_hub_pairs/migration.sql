-- Hub pairs (docs/decisions/0008-aggregates-and-performance.md): the ties of the one-actor network of a busy actor,
-- pre-counted. Filled when the rollups are rebuilt, and kept exact on every write.

-- CreateTable
CREATE TABLE "agg_hub" (
    "actor_id" TEXT NOT NULL PRIMARY KEY
);

-- CreateTable
CREATE TABLE "agg_hub_pair" (
    "hub" TEXT NOT NULL,
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("hub", "a", "b")
);

-- CreateTable
CREATE TABLE "agg_wide_record" (
    "record_id" TEXT NOT NULL PRIMARY KEY,
    "n" INTEGER NOT NULL
);
