import "server-only";
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import type { DatabaseTarget } from "./database-url";
import type { SqlRunner } from "./sql-runner";
import { storableTextExtension } from "./storable-text";

/** An open database: the Prisma client, a raw SQL runner, and the handles that must be closed. */
export interface Database {
  target: DatabaseTarget;
  prisma: PrismaClient;
  sql: SqlRunner;
  /** The in-process Postgres, when embedded (pg-boss shares it). */
  pglite: PGlite | null;
  /** A node-postgres pool, when on a server (pg-boss and LISTEN/NOTIFY share it). */
  pool: pg.Pool | null;
  close(): Promise<void>;
}

/**
 * PostgreSQL settings for the embedded database, on top of PGlite's own. PGlite keeps shared buffers inside its
 * WebAssembly memory and touches all of them at start-up, so PostgreSQL's default 128 MB is 128 MB of the app's
 * resident memory before any query; a school's database is tens of MB, and pages outside the buffers come from the
 * OS page cache. 16 MB (and WAL buffers sized from it) keeps the idle app ~115 MB smaller.
 */
const EMBEDDED_SETTINGS = ["-c", "shared_buffers=16MB"];

/** Opens the database the target names (an embedded one optionally from a `dumpDataDir` snapshot). The caller owns the embedded directory lock (see data-dir-lock.ts). */
export async function openDatabase(
  target: DatabaseTarget,
  options: { loadDataDir?: Blob } = {},
): Promise<Database> {
  if (target.mode === "embedded") {
    if (target.dataDir) fs.mkdirSync(target.dataDir, { recursive: true });
    const pglite = new PGlite(target.dataDir ?? undefined, {
      loadDataDir: options.loadDataDir,
      startParams: [...PGlite.defaultStartParams, ...EMBEDDED_SETTINGS],
    });
    await pglite.waitReady;
    const prisma = prismaClient(new PrismaPGlite(pglite));
    const sql: SqlRunner = {
      exec: async (text) => {
        await pglite.exec(text);
      },
      query: async <Row,>(text: string, params: unknown[] = []) =>
        (await pglite.query<Row>(text, params)).rows,
    };
    return {
      target,
      prisma,
      sql,
      pglite,
      pool: null,
      close: async () => {
        await prisma.$disconnect();
        // Prisma's disconnect leaves PGlite open, and an open PGlite keeps the process alive.
        if (!pglite.closed) await pglite.close();
      },
    };
  }
  const pool = new pg.Pool({ connectionString: target.connectionString, max: 10 });
  const prisma = prismaClient(new PrismaPg(pool));
  const sql: SqlRunner = {
    exec: async (text) => {
      await pool.query(text);
    },
    query: async <Row,>(text: string, params: unknown[] = []) =>
      (await pool.query(text, params)).rows as Row[],
  };
  return {
    target,
    prisma,
    sql,
    pglite: null,
    pool,
    close: async () => {
      await prisma.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}

/**
 * The Prisma client over a driver adapter, with every write's text made storable (see storable-text.ts). A query
 * extension changes no method's types; the extended client only lacks `$on` (log events), which nothing here uses,
 * so it is typed as the PrismaClient every module expects.
 */
function prismaClient(adapter: PrismaPGlite | PrismaPg): PrismaClient {
  return new PrismaClient({ adapter }).$extends(storableTextExtension) as unknown as PrismaClient;
}
