// `npm start`: one command from a fresh checkout to a served app. Takes the embedded database's lock, applies
// migrations, syncs exercises/ (or CONTENT_DIR), builds the app if the sources changed, then serves it on PORT with
// the grading worker in the same process (embedded mode) or without it (EMBEDDED_WORKER=0, for a server deployment).
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { parseDatabaseUrl } from "@/server/db/database-url";
import { env } from "@/server/env";
import { loadOrCreateLocalSecret } from "@/server/local-secret";
import { buildApp } from "./app-build";

// eslint-disable-next-line no-restricted-properties -- Next reads it itself; set before Next loads
process.env.NEXT_TELEMETRY_DISABLED = "1";
let settings;
try {
  settings = env();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const target = parseDatabaseUrl(settings.DATABASE_URL);
const port = settings.PORT;
const hostname = settings.HOST;

if (!settings.NEXTAUTH_SECRET) {
  if (target.mode === "server") {
    console.error("NEXTAUTH_SECRET must be set when DATABASE_URL points at a PostgreSQL server (production).");
    console.error('Generate one with: node -e "console.log(crypto.randomBytes(48).toString(\'base64url\'))"');
    process.exit(1);
  }
  // eslint-disable-next-line no-restricted-properties -- next-auth reads its secret from the environment; set before it loads
  process.env.NEXTAUTH_SECRET = loadOrCreateLocalSecret(path.dirname(target.dataDir ?? path.resolve("data/pglite")));
}
// eslint-disable-next-line no-restricted-properties -- next-auth reads its URL from the environment; set before it loads
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

const { openDatabaseForEntry, stopOnSignals } = await import("@/server/process-entry");
const { syncContent } = await import("@/server/content/sync-content");
const { startGradingServices } = await import("@/server/start-grading-services");
const { logger } = await import("@/server/logger");
const { stampClientAddress } = await import("@/server/http/client-ip");
const { stampForwardedSite } = await import("@/server/http/forwarded-host");
const { refuseMalformedPath } = await import("@/server/http/malformed-path");

const { database, applied } = await openDatabaseForEntry({ migrate: true });
if (applied.length) logger.info({ applied }, "migrations applied");
const report = await syncContent(database.prisma, env().CONTENT_DIR);
logger.info(
  { created: report.created.length, updated: report.updated.length, unchanged: report.unchanged, archived: report.archived.length },
  "content synced",
);

if (env().SKIP_BUILD === "1") {
  if (!fs.existsSync(".next/BUILD_ID")) {
    console.error("SKIP_BUILD=1 but there is no build: run `npm run build` first.");
    process.exit(1);
  }
} else {
  buildApp();
}

const app = next({ dev: false, dir: process.cwd(), hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
const grade = env().EMBEDDED_WORKER !== "0";
const services = await startGradingServices(database, { service: grade ? "app-with-worker" : "app", grade });
const trustedProxyHops = env().TRUSTED_PROXY_HOPS;
const server = http.createServer((request, response) => {
  // Rate limits count per address: never let a client choose its own through X-Forwarded-For. Nor its site
  // through X-Forwarded-Host, which Origin checks (ours and Next's for server actions) compare against.
  stampClientAddress(request, trustedProxyHops);
  stampForwardedSite(request, trustedProxyHops);
  if (refuseMalformedPath(request, response)) return;
  void handle(request, response);
});
server.listen(port, hostname, () => {
  console.log(`PyGrade is listening on http://localhost:${port} (${target.mode} database)`);
});

stopOnSignals(async (signal) => {
  logger.info({ signal }, "shutting down");
  server.close();
  await services.stop();
});
