-- AlterTable
ALTER TABLE "User" ADD COLUMN "device_profile" TEXT;

-- CreateTable
CREATE TABLE "project_versions" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "project_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "template_yaml" TEXT NOT NULL,
    "device_profile" TEXT NOT NULL,
    "author_id" TEXT,
    "restored_from" INTEGER,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "project_versions_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "project_versions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_pdf_jobs" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "owner_id" TEXT NOT NULL,
    "project_id" TEXT,
    "project_version_id" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "error_message" TEXT,
    "output_path" TEXT,
    "size_bytes" INTEGER,
    "page_count" INTEGER,
    "diagnostics" JSONB,
    "started_at" DATETIME,
    "completed_at" DATETIME,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    "title" TEXT NOT NULL DEFAULT 'document',
    "yaml_content" TEXT NOT NULL,
    "profile" TEXT,
    "deterministic" BOOLEAN NOT NULL DEFAULT false,
    "strict_mode" BOOLEAN NOT NULL DEFAULT false,
    "render_options" JSONB,
    "progress" JSONB,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lease_owner" TEXT,
    "lease_expires_at" DATETIME,
    CONSTRAINT "pdf_jobs_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "pdf_jobs_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "Project" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "pdf_jobs_project_version_id_fkey" FOREIGN KEY ("project_version_id") REFERENCES "project_versions" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_pdf_jobs" ("attempts", "completed_at", "created_at", "deterministic", "diagnostics", "error_message", "id", "lease_expires_at", "lease_owner", "output_path", "owner_id", "page_count", "profile", "progress", "project_id", "render_options", "size_bytes", "started_at", "status", "strict_mode", "title", "updated_at", "yaml_content") SELECT "attempts", "completed_at", "created_at", "deterministic", "diagnostics", "error_message", "id", "lease_expires_at", "lease_owner", "output_path", "owner_id", "page_count", "profile", "progress", "project_id", "render_options", "size_bytes", "started_at", "status", "strict_mode", "title", "updated_at", "yaml_content" FROM "pdf_jobs";
DROP TABLE "pdf_jobs";
ALTER TABLE "new_pdf_jobs" RENAME TO "pdf_jobs";
CREATE INDEX "pdf_jobs_owner_id_idx" ON "pdf_jobs"("owner_id");
CREATE INDEX "pdf_jobs_owner_id_status_idx" ON "pdf_jobs"("owner_id", "status");
CREATE INDEX "pdf_jobs_created_at_idx" ON "pdf_jobs"("created_at");
CREATE INDEX "pdf_jobs_status_lease_expires_at_idx" ON "pdf_jobs"("status", "lease_expires_at");
CREATE INDEX "pdf_jobs_project_id_created_at_idx" ON "pdf_jobs"("project_id", "created_at");
CREATE INDEX "pdf_jobs_project_version_id_idx" ON "pdf_jobs"("project_version_id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "project_versions_author_id_idx" ON "project_versions"("author_id");

-- CreateIndex
CREATE UNIQUE INDEX "project_versions_project_id_number_key" ON "project_versions"("project_id", "number");


-- Backfill: each existing project's current state becomes its version 1, so history starts complete.
INSERT INTO "project_versions" ("id", "project_id", "number", "template_yaml", "device_profile", "author_id", "created_at")
SELECT 'pv1_' || "id", "id", 1, "templateYaml", "deviceProfile", "ownerId", "updatedAt" FROM "Project";
