-- CreateEnum
CREATE TYPE "CorrectionStatus" AS ENUM ('pending', 'published', 'discarded');

-- CreateEnum
CREATE TYPE "EvidenceChange" AS ENUM ('show', 'remove');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "contentChangedById" TEXT;

-- AlterTable
ALTER TABLE "Comparison" ADD COLUMN     "contentChangedById" TEXT;

-- CreateTable
CREATE TABLE "Correction" (
    "id" TEXT NOT NULL,
    "claimId" TEXT,
    "comparisonId" TEXT,
    "status" "CorrectionStatus" NOT NULL DEFAULT 'pending',
    "verdictKey" TEXT,
    "reviewerReading" "ComparisonReading",
    "reviewerNote" TEXT,
    "reason" TEXT NOT NULL,
    "publicNote" TEXT NOT NULL,
    "preparedById" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Correction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CorrectionEvidence" (
    "correctionId" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "change" "EvidenceChange" NOT NULL,
    "reason" TEXT,
    "proposedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CorrectionEvidence_pkey" PRIMARY KEY ("correctionId","evidenceId")
);

-- CreateIndex
CREATE INDEX "Correction_claimId_status_idx" ON "Correction"("claimId", "status");

-- CreateIndex
CREATE INDEX "Correction_comparisonId_status_idx" ON "Correction"("comparisonId", "status");

-- CreateIndex
CREATE INDEX "CorrectionEvidence_evidenceId_idx" ON "CorrectionEvidence"("evidenceId");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_contentChangedById_fkey" FOREIGN KEY ("contentChangedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comparison" ADD CONSTRAINT "Comparison_contentChangedById_fkey" FOREIGN KEY ("contentChangedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "Comparison"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_preparedById_fkey" FOREIGN KEY ("preparedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectionEvidence" ADD CONSTRAINT "CorrectionEvidence_correctionId_fkey" FOREIGN KEY ("correctionId") REFERENCES "Correction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectionEvidence" ADD CONSTRAINT "CorrectionEvidence_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectionEvidence" ADD CONSTRAINT "CorrectionEvidence_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
