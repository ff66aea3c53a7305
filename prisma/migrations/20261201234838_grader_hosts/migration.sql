-- CreateTable
CREATE TABLE "GraderHost" (
    "id" TEXT NOT NULL,
    "service" TEXT NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "isolation" TEXT,
    "notes" JSONB NOT NULL,
    "problems" JSONB NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GraderHost_pkey" PRIMARY KEY ("id")
);
