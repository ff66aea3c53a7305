import "server-only";

import os from "node:os";

import type { Database } from "../db/open-database";
import type { GraderHealth } from "../grading/grader-doctor";
import { logger } from "../logger";

const REFRESH_MS = 30_000;
// A grading process not seen for this long has stopped (or lost the database): its report no longer counts.
const STALE_MS = 3 * REFRESH_MS;

/** One grading process's sandbox host, as `GET /api/health` reports it. */
export type GraderHostReport = GraderHealth & { host: string; service: string; seenSecondsAgo: number };

/**
 * Publishes this grading process's doctor summary and keeps it fresh while it runs, so every web process can
 * report every grader's isolation (and what to fix). Returns the function that withdraws it.
 */
export function publishGraderHost(database: Database, health: GraderHealth, service: string): () => Promise<void> {
  const id = `${os.hostname()}:${process.pid}`;
  const fields = {
    service,
    ok: health.ok,
    isolation: health.isolation,
    notes: health.notes,
    problems: health.problems,
  };
  const write = () =>
    database.prisma.graderHost
      .upsert({ where: { id }, create: { id, ...fields, seenAt: new Date() }, update: { seenAt: new Date() } })
      .catch((error: Error) => logger.warn({ error: error.message }, "could not publish this grader's host report"));
  // Reports of processes that stopped without withdrawing theirs (killed, or their machine lost) are dropped here,
  // when a grading process starts, not on every health check.
  void database.prisma.graderHost
    .deleteMany({ where: { seenAt: { lt: new Date(Date.now() - STALE_MS) } } })
    .catch(() => undefined)
    .then(write);
  const timer = setInterval(write, REFRESH_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await database.prisma.graderHost.deleteMany({ where: { id } }).catch(() => undefined);
  };
}

/** The grading processes seen recently, with their isolation and problems; stale reports are dropped. */
export async function listGraderHosts(database: Database): Promise<GraderHostReport[]> {
  const since = new Date(Date.now() - STALE_MS);
  const rows = await database.prisma.graderHost.findMany({ where: { seenAt: { gte: since } }, orderBy: { id: "asc" } });
  return rows.map((row) => ({
    host: row.id,
    service: row.service,
    ok: row.ok,
    isolation: row.isolation,
    notes: Array.isArray(row.notes) ? row.notes.map(String) : [],
    problems: Array.isArray(row.problems) ? row.problems.map(String) : [],
    seenSecondsAgo: Math.round((Date.now() - row.seenAt.getTime()) / 1000),
  }));
}
