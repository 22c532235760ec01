-- AlterTable
ALTER TABLE "Project" ADD COLUMN "plannerOptions" JSONB;

