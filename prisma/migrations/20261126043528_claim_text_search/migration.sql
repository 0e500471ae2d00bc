-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "Claim_statement_trgm_idx" ON "Claim" USING GIN ("statement" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_quote_trgm_idx" ON "Claim" USING GIN ("quote" gin_trgm_ops);
