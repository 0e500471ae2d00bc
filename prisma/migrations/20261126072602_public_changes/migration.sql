-- CreateTable
CREATE TABLE "PublicChange" (
    "id" SERIAL NOT NULL,
    "entity" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicChange_pkey" PRIMARY KEY ("id")
);
