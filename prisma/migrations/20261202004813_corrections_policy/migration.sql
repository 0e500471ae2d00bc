-- CreateTable
CREATE TABLE "PublicText" (
    "key" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublicText_pkey" PRIMARY KEY ("key")
);
