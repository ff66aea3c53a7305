// Offline replacement for `prisma migrate deploy` and `prisma migrate dev`.
// usage: npm run db:migrate                  apply committed migrations to DATABASE_URL
//        npm run db:migration -- <name>      write a new migration for the schema change
//        tsx scripts/migrate.ts diff         print the pending schema change, if any
import path from "node:path";
import { closeDatabase } from "@/server/db";
import { openDatabaseForEntry } from "@/server/process-entry";
import { createMigration, diffSchemaAgainstMigrations } from "@/server/db/schema-diff";

const [command, name] = process.argv.slice(2);

if (command === "deploy") {
  const { applied } = await openDatabaseForEntry({ migrate: true });
  console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
  await closeDatabase();
} else if (command === "dev") {
  if (!name) {
    console.error("usage: npm run db:migration -- <name>");
    process.exit(2);
  }
  const dir = await createMigration(name);
  console.log(dir ? `created ${path.relative(process.cwd(), dir)}` : "no schema changes");
} else if (command === "diff") {
  console.log((await diffSchemaAgainstMigrations()) || "(no changes)");
} else {
  console.error("usage: migrate.ts deploy | dev <name> | diff");
  process.exit(2);
}
