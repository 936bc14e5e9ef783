-- Text search reads the search text as words, as the SQLite text index does: ASCII punctuation becomes
-- a space before the parser sees the text. Otherwise the parser keeps a UN symbol such as A/RES/73/195 as
-- one file-path token, and a hyphenated id such as test-12345678-x yields a signed number, and a search
-- for their words finds nothing. The query in lib/server/queries/filter-sql.ts uses the same expression.
DROP INDEX "cooperation_record_search_text_fts_idx";

CREATE INDEX "cooperation_record_search_text_fts_idx" ON "cooperation_record" USING gin (to_tsvector('simple', regexp_replace("search_text", '[[:punct:]]+', ' ', 'g')));
