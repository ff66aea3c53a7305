// `npm run db:backup -- [file]`: backs up the database DATABASE_URL names. Embedded: a .tar.gz of the PGlite data
// directory (stop the app first: only one process may open it). Server: a pg_dump custom-format file.
import path from "node:path";
import { parseDatabaseUrl } from "@/server/db/database-url";
import { env } from "@/server/env";
import { backupDatabase } from "@/server/db/database-backup";

const target = parseDatabaseUrl(env().DATABASE_URL);
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const file = path.resolve(process.argv[2] ?? `backups/pygrade-${stamp}.${target.mode === "embedded" ? "tar.gz" : "dump"}`);

try {
  await backupDatabase(target, file);
  console.log(`Backed up the ${target.mode} database to ${file}`);
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
}
