-- Each actor's records in the first and last months of a period, read by (year, month) rather than by
-- scanning every actor's periods (lib/server/queries/rollup-plan.ts, actorPeriodRows;
-- docs/decisions/0008-aggregates-and-performance.md). Covering: the sums need nothing else.

-- CreateIndex
CREATE INDEX "agg_actor_period_year_month_actor_id_kind_n_idx" ON "agg_actor_period"("year", "month", "actor_id", "kind", "n");
