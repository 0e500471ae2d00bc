-- CreateTable
CREATE TABLE "Appearance" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "spanStart" INTEGER NOT NULL,
    "spanEnd" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "attribution" TEXT,
    "claimantId" TEXT,
    "citesSourceId" TEXT,
    "reportedAt" TIMESTAMP(3),
    "linkedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Appearance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Appearance_claimId_createdAt_idx" ON "Appearance"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "Appearance_claimantId_idx" ON "Appearance"("claimantId");

-- CreateIndex
CREATE INDEX "Appearance_citesSourceId_idx" ON "Appearance"("citesSourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Appearance_articleId_spanStart_spanEnd_key" ON "Appearance"("articleId", "spanStart", "spanEnd");

-- AddForeignKey
ALTER TABLE "Appearance" ADD CONSTRAINT "Appearance_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appearance" ADD CONSTRAINT "Appearance_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appearance" ADD CONSTRAINT "Appearance_claimantId_fkey" FOREIGN KEY ("claimantId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appearance" ADD CONSTRAINT "Appearance_citesSourceId_fkey" FOREIGN KEY ("citesSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appearance" ADD CONSTRAINT "Appearance_linkedById_fkey" FOREIGN KEY ("linkedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
