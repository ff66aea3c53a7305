import "server-only";
import path from "node:path";

export type DatabaseTarget =
  | { mode: "embedded"; dataDir: string | null }
  | { mode: "server"; connectionString: string };

/**
 * Reads DATABASE_URL: `postgres://` or `postgresql://` selects a PostgreSQL server; `pglite:<dir>` (or no value at
 * all, meaning `pglite:./data/pglite`) selects the embedded database; `pglite:memory` keeps it in memory (tests).
 */
export function parseDatabaseUrl(url: string | undefined): DatabaseTarget {
  const value = url?.trim() || "pglite:./data/pglite";
  if (/^postgres(ql)?:\/\//.test(value)) return { mode: "server", connectionString: value };
  if (value.startsWith("pglite:")) {
    const dir = value.slice("pglite:".length);
    if (dir === "memory" || dir === "") return { mode: "embedded", dataDir: null };
    return { mode: "embedded", dataDir: path.resolve(dir) };
  }
  throw new Error(`DATABASE_URL must start with postgresql:// or pglite: (got "${value.split(":")[0]}:...")`);
}
