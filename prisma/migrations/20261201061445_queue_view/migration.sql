-- AlterTable
ALTER TABLE "User" ADD COLUMN     "queueView" TEXT;
