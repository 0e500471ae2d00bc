-- CreateIndex
CREATE INDEX "Article_url_idx" ON "Article"("url");
