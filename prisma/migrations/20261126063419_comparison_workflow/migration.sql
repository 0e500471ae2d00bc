-- AlterTable
ALTER TABLE "Comparison" ADD COLUMN     "publishedById" TEXT,
ADD COLUMN     "readingSetAt" TIMESTAMP(3),
ADD COLUMN     "readingSetById" TEXT;

-- CreateIndex
CREATE INDEX "Comparison_updatedAt_idx" ON "Comparison"("updatedAt");

-- AddForeignKey
ALTER TABLE "Comparison" ADD CONSTRAINT "Comparison_readingSetById_fkey" FOREIGN KEY ("readingSetById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comparison" ADD CONSTRAINT "Comparison_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
