import "server-only";
import type { Database } from "./db/open-database";

/**
 * Starts what runs beside the web server in this process (the grading worker in embedded mode) and returns the
 * function that stops it. The grading queue issue fills this in.
 */
export async function startEmbeddedServices(_database: Database): Promise<() => Promise<void>> {
  return async () => {};
}
