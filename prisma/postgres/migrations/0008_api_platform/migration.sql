-- AlterTable
ALTER TABLE "pdf_jobs" ADD COLUMN     "batch_id" TEXT;

-- CreateTable
CREATE TABLE "job_events" (
    "id" TEXT NOT NULL,
    "job_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "duration_ms" INTEGER,
    "pages" INTEGER,
    "bytes" INTEGER,
    "error" TEXT,

    CONSTRAINT "job_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quota_overrides" (
    "user_id" TEXT NOT NULL,
    "jobs_per_day" INTEGER,
    "concurrent_jobs" INTEGER,
    "pages_per_month" INTEGER,
    "storage_mb" INTEGER,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "quota_overrides_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "pdf_batches" (
    "id" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pdf_batches_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "job_events_user_id_type_at_idx" ON "job_events"("user_id", "type", "at");

-- CreateIndex
CREATE INDEX "job_events_type_at_idx" ON "job_events"("type", "at");

-- CreateIndex
CREATE INDEX "pdf_batches_owner_id_created_at_idx" ON "pdf_batches"("owner_id", "created_at");

-- CreateIndex
CREATE INDEX "pdf_jobs_batch_id_idx" ON "pdf_jobs"("batch_id");

-- AddForeignKey
ALTER TABLE "pdf_jobs" ADD CONSTRAINT "pdf_jobs_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "pdf_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "job_events" ADD CONSTRAINT "job_events_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quota_overrides" ADD CONSTRAINT "quota_overrides_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pdf_batches" ADD CONSTRAINT "pdf_batches_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

