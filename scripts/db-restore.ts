// `npm run db:restore -- <file> [--clean]`: restores a backup from `npm run db:backup` into the database
// DATABASE_URL names. Embedded: into an empty or missing data directory. Server: into an empty database, or over
// an existing one with --clean.
import path from "node:path";
import { parseArgs } from "node:util";
import { parseDatabaseUrl } from "@/server/db/database-url";
import { env } from "@/server/env";
import { restoreDatabase } from "@/server/db/database-backup";

const { values, positionals } = parseArgs({ options: { clean: { type: "boolean", default: false } }, allowPositionals: true });
if (positionals.length !== 1) {
  console.error("Usage: npm run db:restore -- <backup file> [--clean]");
  process.exit(2);
}
const target = parseDatabaseUrl(env().DATABASE_URL);
const file = path.resolve(positionals[0]);

try {
  await restoreDatabase(target, file, { clean: values.clean });
  console.log(`Restored ${file} into the ${target.mode} database`);
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`);
  process.exit(1);
}
