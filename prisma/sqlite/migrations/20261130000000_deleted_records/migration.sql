-- Deleted records (hand-written: Prisma does not model partial indexes). A text search's count takes
-- the deleted records out of the FTS index's count; this index lists just those few records, so that
-- costs a handful of lookups instead of a scan of every record.
CREATE INDEX "cooperation_record_deleted_idx" ON "cooperation_record"("deleted_at") WHERE "deleted_at" IS NOT NULL;
