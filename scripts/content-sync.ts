// `npm run content:sync`: loads exercises/ and quizzes into DATABASE_URL (idempotent, keyed by content hash).
// `npm start` does the same on every start; this is for a server deployment or a running dev setup.
import { syncContent } from "@/server/content/sync-content";
import { env } from "@/server/env";
import { runCommand } from "@/server/process-entry";

await runCommand(async (database) => {
  const report = await syncContent(database.prisma, env().CONTENT_DIR);
  console.log(
    `created ${report.created.length}, updated ${report.updated.length}, unchanged ${report.unchanged}, archived ${report.archived.length}`,
  );
  for (const slug of report.created) console.log(`  + ${slug}`);
  for (const slug of report.updated) console.log(`  ~ ${slug}`);
  for (const slug of report.archived) console.log(`  - ${slug} (archived)`);
});
