-- AlterTable
ALTER TABLE "User" ADD COLUMN     "device_profile" TEXT;

-- AlterTable
ALTER TABLE "pdf_jobs" ADD COLUMN     "project_version_id" TEXT;

-- CreateTable
CREATE TABLE "project_versions" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "template_yaml" TEXT NOT NULL,
    "device_profile" TEXT NOT NULL,
    "author_id" TEXT,
    "restored_from" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_versions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "project_versions_author_id_idx" ON "project_versions"("author_id");

-- CreateIndex
CREATE UNIQUE INDEX "project_versions_project_id_number_key" ON "project_versions"("project_id", "number");

-- CreateIndex
CREATE INDEX "pdf_jobs_project_id_created_at_idx" ON "pdf_jobs"("project_id", "created_at");

-- CreateIndex
CREATE INDEX "pdf_jobs_project_version_id_idx" ON "pdf_jobs"("project_version_id");

-- AddForeignKey
ALTER TABLE "project_versions" ADD CONSTRAINT "project_versions_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_versions" ADD CONSTRAINT "project_versions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pdf_jobs" ADD CONSTRAINT "pdf_jobs_project_version_id_fkey" FOREIGN KEY ("project_version_id") REFERENCES "project_versions"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Backfill: each existing project's current state becomes its version 1, so history starts complete.
INSERT INTO "project_versions" ("id", "project_id", "number", "template_yaml", "device_profile", "author_id", "created_at")
SELECT 'pv1_' || "id", "id", 1, "templateYaml", "deviceProfile", "ownerId", "updatedAt" FROM "Project";
