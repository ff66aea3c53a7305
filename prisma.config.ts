import path from "node:path";
import { defineConfig } from "prisma/config";

// The Prisma CLI insists on a native schema engine it would download from a host this project cannot reach.
// `generate` only needs the variable to point at an existing file; migrations go through scripts/migrate.ts.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("package.json");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // `env()` from prisma/config throws when the variable is unset, even for `generate`.
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
