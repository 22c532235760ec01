-- AlterTable
ALTER TABLE "webhook_endpoints" ADD COLUMN "previous_expires_at" DATETIME;
ALTER TABLE "webhook_endpoints" ADD COLUMN "previous_secret" TEXT;

-- AlterTable
ALTER TABLE "webhook_secrets" ADD COLUMN "previous_expires_at" DATETIME;
ALTER TABLE "webhook_secrets" ADD COLUMN "previous_secret" TEXT;
