-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "quoteTerms" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "Claim_quoteTerms_idx" ON "Claim" USING GIN ("quoteTerms");
