-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('waiting', 'pending', 'sent', 'kept', 'failed', 'skipped');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "notify_email" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "mail_messages" (
    "id" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "job_id" TEXT,
    "status" "MailStatus" NOT NULL DEFAULT 'waiting',
    "to_address" TEXT,
    "subject" TEXT,
    "text_body" TEXT,
    "html_body" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "sent_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mail_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "share_links" (
    "id" TEXT NOT NULL,
    "job_id" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "revoked_at" TIMESTAMP(3),
    "download_count" INTEGER NOT NULL DEFAULT 0,
    "last_downloaded_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "share_links_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "mail_messages" ADD CONSTRAINT "mail_messages_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mail_messages" ADD CONSTRAINT "mail_messages_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "pdf_jobs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "pdf_jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

