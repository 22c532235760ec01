-- CreateTable
CREATE TABLE "job_events" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "job_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "duration_ms" INTEGER,
    "pages" INTEGER,
    "bytes" INTEGER,
    "error" TEXT,
    CONSTRAINT "job_events_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "quota_overrides" (
    "user_id" TEXT NOT NULL PRIMARY KEY,
    "jobs_per_day" INTEGER,
    "concurrent_jobs" INTEGER,
    "pages_per_month" INTEGER,
    "storage_mb" INTEGER,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "quota_overrides_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "pdf_batches" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "owner_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "pdf_batches_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "batch_id" TEXT,
    CONSTRAINT "pdf_jobs_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "pdf_jobs_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "Project" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "pdf_jobs_project_version_id_fkey" FOREIGN KEY ("project_version_id") REFERENCES "project_versions" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "pdf_jobs_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "pdf_batches" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_pdf_jobs" ("attempts", "completed_at", "created_at", "deterministic", "diagnostics", "error_message", "id", "lease_expires_at", "lease_owner", "output_path", "owner_id", "page_count", "profile", "progress", "project_id", "project_version_id", "render_options", "size_bytes", "started_at", "status", "strict_mode", "title", "updated_at", "yaml_content") SELECT "attempts", "completed_at", "created_at", "deterministic", "diagnostics", "error_message", "id", "lease_expires_at", "lease_owner", "output_path", "owner_id", "page_count", "profile", "progress", "project_id", "project_version_id", "render_options", "size_bytes", "started_at", "status", "strict_mode", "title", "updated_at", "yaml_content" FROM "pdf_jobs";
DROP TABLE "pdf_jobs";
ALTER TABLE "new_pdf_jobs" RENAME TO "pdf_jobs";
CREATE INDEX "pdf_jobs_owner_id_idx" ON "pdf_jobs"("owner_id");
CREATE INDEX "pdf_jobs_owner_id_status_idx" ON "pdf_jobs"("owner_id", "status");
CREATE INDEX "pdf_jobs_created_at_idx" ON "pdf_jobs"("created_at");
CREATE INDEX "pdf_jobs_status_lease_expires_at_idx" ON "pdf_jobs"("status", "lease_expires_at");
CREATE INDEX "pdf_jobs_project_id_created_at_idx" ON "pdf_jobs"("project_id", "created_at");
CREATE INDEX "pdf_jobs_project_version_id_idx" ON "pdf_jobs"("project_version_id");
CREATE INDEX "pdf_jobs_batch_id_idx" ON "pdf_jobs"("batch_id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "job_events_user_id_type_at_idx" ON "job_events"("user_id", "type", "at");

-- CreateIndex
CREATE INDEX "job_events_type_at_idx" ON "job_events"("type", "at");

-- CreateIndex
CREATE INDEX "pdf_batches_owner_id_created_at_idx" ON "pdf_batches"("owner_id", "created_at");

