import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net, { type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createServerDatabase } from "./server-database";

export interface RunningApp {
  baseUrl: string;
  dataDir: string;
  process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts the real app (`scripts/start.ts`: migrations, content sync, Next, the embedded worker) on a free port with
 * its own embedded database directory, and resolves once it answers. The app must already be built (`next build`).
 */
export async function startApp(options: { env?: Record<string, string>; dataDir?: string } = {}): Promise<RunningApp> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "pygrade-test-"));
  const databaseEnv = options.env?.DATABASE_URL ? {} : await appDatabaseEnv(dataDir);
  // Test files start apps in parallel: a port the kernel just handed out can still be taken by another one before
  // the app binds it. The app then exits with EADDRINUSE, and is started again on another port.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startAppOnPort(await freePort(), dataDir, { ...databaseEnv, ...options.env });
    } catch (error) {
      if (!(error instanceof PortTakenError) || attempt === 3) throw error;
    }
  }
}

class PortTakenError extends Error {}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve, reject) => probe.once("error", reject).listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function startAppOnPort(port: number, dataDir: string, extraEnv: Record<string, string>): Promise<RunningApp> {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"],
    {
      env: {
        // eslint-disable-next-line no-restricted-properties -- passes the environment on to the app under test
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        NODE_ENV: "production",
        LOG_LEVEL: "warn",
        // Tests run against the build `npm test` made first; parallel test files must never race to rebuild.
        SKIP_BUILD: "1",
        ...extraEnv,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  // Generous: a first start may build the app, and the machine has two cores.
  const deadline = Date.now() + 240_000;
  let lastAnswer = "no answer yet";
  // Answers count only once this app has bound the port (it says so): until then another test's app could answer.
  const listening = `is listening on http://localhost:${port} `;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      if (/EADDRINUSE/.test(output)) throw new PortTakenError(`port ${port} was taken`);
      throw new Error(`app exited with ${child.exitCode ?? child.signalCode}:\n${output}`);
    }
    if (output.includes(listening)) {
      try {
        // Each probe is bounded, so one request that hangs cannot use up the whole deadline unnoticed.
        const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(15_000) });
        if (response.status < 500) break;
        lastAnswer = `${response.status} ${await response.text()}`;
      } catch (error) {
        // the probe timed out, or the connection failed
        lastAnswer = String((error as Error).cause ?? error);
      }
    } else {
      lastAnswer = "not listening yet";
    }
    if (Date.now() > deadline) {
      throw new Error(`app did not start in time (last /api/health: ${lastAnswer}):\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    dataDir,
    process: child,
    stop: async (signal = "SIGTERM") => {
      // A child killed by a signal has a signalCode and no exitCode.
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill(signal);
      await exited;
    },
  };
}

/**
 * The database an app started for a test uses: its own embedded directory, or, when TEST_APP_DATABASE_URL names a
 * PostgreSQL server (CI's second pass), a fresh database on it with a session secret (required in server mode).
 * Both are remembered in the data directory, so restarting on the same directory reopens the same database.
 */
export async function appDatabaseEnv(dataDir: string): Promise<Record<string, string>> {
  // Read directly, not through env(): this helper also runs under Playwright, which cannot load server-only modules.
  // eslint-disable-next-line no-restricted-properties -- see above; TEST_APP_DATABASE_URL is in env.ts's schema too
  const serverUrl = process.env.TEST_APP_DATABASE_URL || undefined;
  if (!serverUrl) return { DATABASE_URL: `pglite:${path.join(dataDir, "pglite")}` };
  const remembered = path.join(dataDir, "test-server-database.json");
  if (fs.existsSync(remembered)) return JSON.parse(fs.readFileSync(remembered, "utf8"));
  // Left in place afterwards: a test may restart the app on it, and CI's server is thrown away.
  const { url } = await createServerDatabase(serverUrl, "test_app");
  const env = { DATABASE_URL: url, NEXTAUTH_SECRET: crypto.randomBytes(32).toString("hex") };
  fs.writeFileSync(remembered, JSON.stringify(env));
  return env;
}
