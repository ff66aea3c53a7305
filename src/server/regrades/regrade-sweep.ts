import "server-only";
import type { Database } from "../db/open-database";
import { GRADING_QUEUE } from "../queue/grading-queue";

/**
 * Regrade work whose job is missing (the process died between committing it and enqueueing): dry-run items still
 * to grade, and regrades being applied with no live apply job. For the latter the run number is bumped, so the new
 * job gets an id of its own.
 */
export async function findRegradeWorkWithoutJobs(
  database: Database,
  minAgeMs: number,
): Promise<{ itemIds: string[]; applies: { regradeId: string; run: number }[] }> {
  const before = new Date(Date.now() - minAgeMs);
  const items = await database.sql.query<{ id: string }>(
    `SELECT i.id FROM "RegradeItem" i JOIN "Regrade" r ON r.id = i."regradeId"
      WHERE r.status = 'previewing' AND i.status IN ('pending', 'grading') AND r."createdAt" < $1
        AND NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = $2 AND j.singleton_key = 'regrade-item:' || i.id)
      ORDER BY r."createdAt" LIMIT 500`,
    [before, GRADING_QUEUE],
  );
  const applies = await database.sql.query<{ id: string; applyRuns: number }>(
    `UPDATE "Regrade" r SET "applyRuns" = r."applyRuns" + 1
      WHERE r.status = 'applying' AND r."applyStartedAt" < $1
        AND NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = $2 AND j.singleton_key = 'regrade-apply:' || r.id
                          AND j.state IN ('created', 'retry', 'active'))
      RETURNING r.id, r."applyRuns"`,
    [before, GRADING_QUEUE],
  );
  return { itemIds: items.map((row) => row.id), applies: applies.map((row) => ({ regradeId: row.id, run: Number(row.applyRuns) })) };
}
