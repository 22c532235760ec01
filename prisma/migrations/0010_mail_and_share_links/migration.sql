-- CreateTable
CREATE TABLE "mail_messages" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "owner_id" TEXT NOT NULL,
    "job_id" TEXT,
    "status" TEXT NOT NULL DEFAULT 'waiting',
    "to_address" TEXT,
    "subject" TEXT,
    "text_body" TEXT,
    "html_body" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "sent_at" DATETIME,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "mail_messages_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "mail_messages_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "pdf_jobs" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "share_links" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "job_id" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" DATETIME NOT NULL,
    "revoked_at" DATETIME,
    "download_count" INTEGER NOT NULL DEFAULT 0,
    "last_downloaded_at" DATETIME,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "share_links_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "pdf_jobs" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "share_links_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (a plain ADD COLUMN rather than Prisma's table rebuild: a rebuild written against this
-- snapshot would drop columns another migration adds to "User")
ALTER TABLE "User" ADD COLUMN "notify_email" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "mail_messages_job_id_key" ON "mail_messages"("job_id");

-- CreateIndex
CREATE INDEX "mail_messages_status_next_attempt_at_idx" ON "mail_messages"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "mail_messages_owner_id_created_at_idx" ON "mail_messages"("owner_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "share_links_token_hash_key" ON "share_links"("token_hash");

-- CreateIndex
CREATE INDEX "share_links_job_id_expires_at_idx" ON "share_links"("job_id", "expires_at");

-- CreateIndex
CREATE INDEX "share_links_owner_id_idx" ON "share_links"("owner_id");

