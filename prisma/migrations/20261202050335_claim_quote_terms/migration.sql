-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "quoteTerms" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "Claim_quoteTerms_idx" ON "Claim" USING GIN ("quoteTerms");

-- The words of every quote, read here once (as lib/claims/matching.ts readQuoteTerms reads a
-- new or changed quote: '' first marks a quote read even when it has no words), so the first
-- review page after this migration does not read a whole archive's quotes in its transaction.
UPDATE "Claim" SET "quoteTerms" = ARRAY['']::text[] || tsvector_to_array(to_tsvector('english', "quote"));
