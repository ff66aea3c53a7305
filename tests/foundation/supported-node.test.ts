import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

interface NodeVerdict {
  refusal?: string;
  warning?: string;
}
// On an unsupported Node, loading the guard ends the process (that is its job): this file needs vitest itself on
// a supported Node, as `npm test` does.
const guard = createRequire(import.meta.url)("../../scripts/require-supported-node.cjs") as {
  SUPPORTED_RANGE: string;
  checkNodeVersion(version: string): NodeVerdict;
};
const packageJson = JSON.parse(fs.readFileSync("package.json", "utf8")) as {
  engines: { node: string };
  scripts: Record<string, string>;
};

// The machine's own Node, which on Debian CI (and the development machine) is still Node 20: the old runtime a
// user may have. Where /usr/bin/node is missing or supported, there is no old Node to run and that test skips.
const OLD_NODE = "/usr/bin/node";
const oldNodeVersion = (() => {
  const probe = spawnSync(OLD_NODE, ["-p", "process.versions.node"], { encoding: "utf8" });
  return probe.status === 0 ? probe.stdout.trim() : null;
})();
const haveOldNode = oldNodeVersion !== null && guard.checkNodeVersion(oldNodeVersion).refusal !== undefined;

// `npm start` and `npm run worker` set the process's allocator up in front of node (see docs/load-and-memory.md).
const ENV_PREFIX = /^(?:[A-Z_]+=\S+ )*/;

/** Runs a package.json script's command line as npm would (its leading VAR=value too), but on the given Node binary. */
function runScript(name: string, node: string, env: Record<string, string | undefined>) {
  const line = packageJson.scripts[name];
  const prefix = ENV_PREFIX.exec(line)![0];
  const assignments = Object.fromEntries(prefix.split(" ").filter(Boolean).map((word) => word.split("=")));
  const [command, ...args] = line.slice(prefix.length).split(" ");
  expect(command).toBe("node");
  // eslint-disable-next-line no-restricted-properties -- passes the environment on to the child node
  return spawnSync(node, args, { encoding: "utf8", env: { ...process.env, ...assignments, ...env }, timeout: 120_000 });
}

describe("the supported Node.js versions", () => {
  it("are the engines range npm checks on install", () => {
    expect(packageJson.engines.node).toBe(guard.SUPPORTED_RANGE);
  });

  it("are enforced by every script that runs the app's code, before anything else loads", () => {
    const appScripts = Object.entries(packageJson.scripts).filter(([, command]) =>
      /\btsx\b|scripts\/[\w-]+\.ts\b|\bnext\b/.test(command),
    );
    expect(appScripts.map(([name]) => name)).toEqual(expect.arrayContaining(["start", "worker", "dev", "build"]));
    for (const [name, command] of appScripts) {
      expect(command.replace(ENV_PREFIX, ""), name).toMatch(/^node --require \.\/scripts\/require-supported-node\.cjs /);
    }
  });

  it("refuse Node 20 and older 22s, accept 22.13+ and 24, and only warn on newer majors", () => {
    expect(guard.checkNodeVersion("20.20.2").refusal).toBe(
      "PyGrade needs Node.js 22 (22.13 or later) or 24, the maintained LTS lines; this is Node 20.20.2. " +
        "Install Node.js 24 LTS (https://nodejs.org/en/download) and run the command again.",
    );
    expect(guard.checkNodeVersion("18.20.8").refusal).toMatch(/this is Node 18\.20\.8/);
    expect(guard.checkNodeVersion("22.12.0").refusal).toMatch(/this is Node 22\.12\.0/);
    for (const version of ["22.13.0", "22.23.1", "24.0.0", "24.22.3"]) {
      expect(guard.checkNodeVersion(version), version).toEqual({});
    }
    expect(guard.checkNodeVersion("26.1.0")).toEqual({ warning: expect.stringMatching(/Node 26\.1\.0.*untested/) });
  });

  it.skipIf(!haveOldNode)("make `npm start` on the machine's old Node exit 1 with the reason, touching nothing", () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "old-node-")), "data");
    const result = runScript("start", OLD_NODE, { DATABASE_URL: `pglite:${dataDir}/pglite`, PORT: "0" });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(guard.checkNodeVersion(oldNodeVersion!).refusal + "\n");
    expect(result.stderr).toContain(`this is Node ${oldNodeVersion}.`);
    expect(result.stdout).toBe("");
    expect(fs.existsSync(dataDir)).toBe(false);

    const standalone = spawnSync(OLD_NODE, ["scripts/require-supported-node.cjs"], { encoding: "utf8" });
    expect(standalone.status).toBe(1);
    expect(standalone.stderr).toContain("PyGrade needs Node.js 22");
  });

  it("let the Node running the tests through to the script itself", () => {
    // The worker's own first check (it needs a PostgreSQL DATABASE_URL) proves the script ran past the guard.
    const result = runScript("worker", process.execPath, { DATABASE_URL: undefined });
    expect(result.stderr).not.toContain("PyGrade needs Node.js");
    expect(result.stderr).toContain("npm run worker needs DATABASE_URL=postgresql://");
    expect(result.status).toBe(1);
  });
});
