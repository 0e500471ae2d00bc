-- CreateIndex
CREATE INDEX "Claim_updatedAt_id_idx" ON "Claim"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "Claim_publishedAt_id_idx" ON "Claim"("publishedAt", "id");
