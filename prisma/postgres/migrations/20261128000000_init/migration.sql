-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "actor" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_fr" TEXT,
    "name_es" TEXT,
    "name_ar" TEXT,
    "name_zh" TEXT,
    "name_ru" TEXT,
    "name_vi" TEXT,
    "formal_name_en" TEXT,
    "acronym" TEXT,
    "iso2" TEXT,
    "iso_numeric" TEXT,
    "m49_region_code" TEXT,
    "m49_region_name" TEXT,
    "m49_sub_region_code" TEXT,
    "m49_sub_region_name" TEXT,
    "m49_intermediate_code" TEXT,
    "m49_intermediate_name" TEXT,
    "un_member" BOOLEAN NOT NULL DEFAULT false,
    "independence" TEXT,
    "website" TEXT,
    "description" TEXT,
    "search_text" TEXT NOT NULL,
    "source_id" TEXT,

    CONSTRAINT "actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actor_alias" (
    "id" SERIAL NOT NULL,
    "actor_id" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'name',

    CONSTRAINT "actor_alias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "membership" (
    "id" TEXT NOT NULL,
    "member_id" TEXT NOT NULL,
    "body_id" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "role_detail" TEXT,
    "source_name" TEXT,
    "since" TEXT,
    "since_precision" TEXT,
    "until" TEXT,
    "until_precision" TEXT,
    "as_of" TEXT,
    "note" TEXT,
    "source_id" TEXT NOT NULL,

    CONSTRAINT "membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "framework" (
    "id" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "title_fr" TEXT,
    "short_en" TEXT NOT NULL,
    "short_fr" TEXT,
    "adopted_on" TEXT,
    "source_id" TEXT,

    CONSTRAINT "framework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitment" (
    "id" TEXT NOT NULL,
    "framework_id" TEXT NOT NULL,
    "parent_id" TEXT,
    "level" TEXT NOT NULL,
    "number" INTEGER,
    "code" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "title_fr" TEXT,
    "short_en" TEXT,
    "short_fr" TEXT,
    "custodians" TEXT,
    "source_id" TEXT,

    CONSTRAINT "commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "topic" (
    "id" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_fr" TEXT NOT NULL,
    "name_es" TEXT,
    "description_en" TEXT,
    "description_fr" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "topic_commitment" (
    "topic_id" TEXT NOT NULL,
    "commitment_id" TEXT NOT NULL,

    CONSTRAINT "topic_commitment_pkey" PRIMARY KEY ("topic_id","commitment_id")
);

-- CreateTable
CREATE TABLE "source" (
    "id" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "language" TEXT NOT NULL,
    "published_on" TEXT,
    "published_precision" TEXT,
    "licence" TEXT NOT NULL,
    "full_text" TEXT,
    "note" TEXT,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cooperation_record" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "date_start" TEXT NOT NULL,
    "date_end" TEXT NOT NULL,
    "date_precision" TEXT NOT NULL,
    "end_date" TEXT,
    "end_precision" TEXT,
    "date_basis" TEXT NOT NULL DEFAULT 'event',
    "year" INTEGER NOT NULL,
    "month" INTEGER,
    "place_id" TEXT,
    "data_note" TEXT,
    "search_text" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'seed',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cooperation_record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "place" (
    "id" TEXT NOT NULL,
    "country_id" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_fr" TEXT,
    "name_es" TEXT,
    "name_ar" TEXT,
    "name_zh" TEXT,
    "name_ru" TEXT,

    CONSTRAINT "place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "record_participant" (
    "record_id" TEXT NOT NULL,
    "actor_id" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "detail" TEXT,

    CONSTRAINT "record_participant_pkey" PRIMARY KEY ("record_id","actor_id")
);

-- CreateTable
CREATE TABLE "record_person" (
    "id" SERIAL NOT NULL,
    "record_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "affiliation_actor_id" TEXT,
    "affiliation_text" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "record_person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "record_topic" (
    "record_id" TEXT NOT NULL,
    "topic_id" TEXT NOT NULL,

    CONSTRAINT "record_topic_pkey" PRIMARY KEY ("record_id","topic_id")
);

-- CreateTable
CREATE TABLE "record_commitment" (
    "record_id" TEXT NOT NULL,
    "commitment_id" TEXT NOT NULL,

    CONSTRAINT "record_commitment_pkey" PRIMARY KEY ("record_id","commitment_id")
);

-- CreateTable
CREATE TABLE "record_source" (
    "record_id" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "record_source_pkey" PRIMARY KEY ("record_id","source_id")
);

-- CreateTable
CREATE TABLE "stance_set" (
    "id" TEXT NOT NULL,
    "framework_id" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "title_fr" TEXT NOT NULL,
    "description_en" TEXT NOT NULL,
    "description_fr" TEXT NOT NULL,
    "complete" BOOLEAN NOT NULL,
    "completeness_note" TEXT,
    "date" TEXT,
    "date_precision" TEXT,
    "record_id" TEXT,
    "source_id" TEXT NOT NULL,

    CONSTRAINT "stance_set_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stance" (
    "id" TEXT NOT NULL,
    "set_id" TEXT NOT NULL,
    "actor_id" TEXT NOT NULL,
    "position" TEXT NOT NULL,
    "date" TEXT,
    "date_precision" TEXT,
    "record_id" TEXT,
    "evidence" TEXT,
    "source_id" TEXT NOT NULL,

    CONSTRAINT "stance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "member_count" (
    "id" TEXT NOT NULL,
    "body_id" TEXT NOT NULL,
    "as_of" TEXT NOT NULL,
    "as_of_precision" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "what" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,

    CONSTRAINT "member_count_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "data_meta" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "data_meta_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "actor_iso2_key" ON "actor"("iso2");

-- CreateIndex
CREATE UNIQUE INDEX "actor_iso_numeric_key" ON "actor"("iso_numeric");

-- CreateIndex
CREATE INDEX "actor_kind_name_en_idx" ON "actor"("kind", "name_en");

-- CreateIndex
CREATE INDEX "actor_m49_region_code_m49_sub_region_code_idx" ON "actor"("m49_region_code", "m49_sub_region_code");

-- CreateIndex
CREATE INDEX "actor_alias_normalized_idx" ON "actor_alias"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "actor_alias_actor_id_lang_alias_key" ON "actor_alias"("actor_id", "lang", "alias");

-- CreateIndex
CREATE INDEX "membership_body_id_member_id_idx" ON "membership"("body_id", "member_id");

-- CreateIndex
CREATE INDEX "membership_member_id_idx" ON "membership"("member_id");

-- CreateIndex
CREATE INDEX "commitment_framework_id_number_idx" ON "commitment"("framework_id", "number");

-- CreateIndex
CREATE INDEX "topic_commitment_commitment_id_idx" ON "topic_commitment"("commitment_id");

-- CreateIndex
CREATE INDEX "cooperation_record_place_id_idx" ON "cooperation_record"("place_id");

-- CreateIndex
CREATE INDEX "cooperation_record_date_start_id_idx" ON "cooperation_record"("date_start", "id");

-- CreateIndex
CREATE INDEX "cooperation_record_kind_date_start_idx" ON "cooperation_record"("kind", "date_start");

-- CreateIndex
CREATE INDEX "cooperation_record_year_month_kind_idx" ON "cooperation_record"("year", "month", "kind");

-- CreateIndex
CREATE INDEX "place_country_id_idx" ON "place"("country_id");

-- CreateIndex
CREATE INDEX "record_participant_actor_id_record_id_idx" ON "record_participant"("actor_id", "record_id");

-- CreateIndex
CREATE INDEX "record_person_record_id_sort_order_idx" ON "record_person"("record_id", "sort_order");

-- CreateIndex
CREATE INDEX "record_topic_topic_id_record_id_idx" ON "record_topic"("topic_id", "record_id");

-- CreateIndex
CREATE INDEX "record_commitment_commitment_id_record_id_idx" ON "record_commitment"("commitment_id", "record_id");

-- CreateIndex
CREATE INDEX "record_source_source_id_idx" ON "record_source"("source_id");

-- CreateIndex
CREATE INDEX "stance_actor_id_idx" ON "stance"("actor_id");

-- CreateIndex
CREATE UNIQUE INDEX "stance_set_id_actor_id_key" ON "stance"("set_id", "actor_id");

-- CreateIndex
CREATE INDEX "member_count_body_id_as_of_idx" ON "member_count"("body_id", "as_of");

-- AddForeignKey
ALTER TABLE "actor" ADD CONSTRAINT "actor_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actor_alias" ADD CONSTRAINT "actor_alias_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_body_id_fkey" FOREIGN KEY ("body_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "framework" ADD CONSTRAINT "framework_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_framework_id_fkey" FOREIGN KEY ("framework_id") REFERENCES "framework"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "commitment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "topic_commitment" ADD CONSTRAINT "topic_commitment_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "topic_commitment" ADD CONSTRAINT "topic_commitment_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cooperation_record" ADD CONSTRAINT "cooperation_record_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "place" ADD CONSTRAINT "place_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_participant" ADD CONSTRAINT "record_participant_record_id_fkey" FOREIGN KEY ("record_id") REFERENCES "cooperation_record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_participant" ADD CONSTRAINT "record_participant_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_person" ADD CONSTRAINT "record_person_record_id_fkey" FOREIGN KEY ("record_id") REFERENCES "cooperation_record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_person" ADD CONSTRAINT "record_person_affiliation_actor_id_fkey" FOREIGN KEY ("affiliation_actor_id") REFERENCES "actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_topic" ADD CONSTRAINT "record_topic_record_id_fkey" FOREIGN KEY ("record_id") REFERENCES "cooperation_record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_topic" ADD CONSTRAINT "record_topic_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_commitment" ADD CONSTRAINT "record_commitment_record_id_fkey" FOREIGN KEY ("record_id") REFERENCES "cooperation_record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_commitment" ADD CONSTRAINT "record_commitment_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_source" ADD CONSTRAINT "record_source_record_id_fkey" FOREIGN KEY ("record_id") REFERENCES "cooperation_record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_source" ADD CONSTRAINT "record_source_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stance_set" ADD CONSTRAINT "stance_set_framework_id_fkey" FOREIGN KEY ("framework_id") REFERENCES "framework"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stance_set" ADD CONSTRAINT "stance_set_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stance" ADD CONSTRAINT "stance_set_id_fkey" FOREIGN KEY ("set_id") REFERENCES "stance_set"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stance" ADD CONSTRAINT "stance_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stance" ADD CONSTRAINT "stance_record_id_fkey" FOREIGN KEY ("record_id") REFERENCES "cooperation_record"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stance" ADD CONSTRAINT "stance_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_count" ADD CONSTRAINT "member_count_body_id_fkey" FOREIGN KEY ("body_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_count" ADD CONSTRAINT "member_count_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

