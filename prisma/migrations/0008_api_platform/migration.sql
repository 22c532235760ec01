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

-- CreateIndex
CREATE INDEX "job_events_user_id_type_at_idx" ON "job_events"("user_id", "type", "at");

-- CreateIndex
CREATE INDEX "job_events_type_at_idx" ON "job_events"("type", "at");

