-- Locales (docs/decisions/0009-locales-and-rtl.md): acronyms per language, Arabic topic names and
-- Spanish and Arabic short labels of the GCM objectives. All nullable: a missing label falls back to
-- English, marked as untranslated.

-- AlterTable
ALTER TABLE "actor" ADD COLUMN "acronym_ar" TEXT;
ALTER TABLE "actor" ADD COLUMN "acronym_es" TEXT;
ALTER TABLE "actor" ADD COLUMN "acronym_fr" TEXT;

-- AlterTable
ALTER TABLE "commitment" ADD COLUMN "short_ar" TEXT;
ALTER TABLE "commitment" ADD COLUMN "short_es" TEXT;

-- AlterTable
ALTER TABLE "topic" ADD COLUMN "name_ar" TEXT;
