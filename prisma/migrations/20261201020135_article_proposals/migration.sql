-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "proposals" JSONB;
