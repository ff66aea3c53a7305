// Builds the Next app when its sources changed since the last build, so `npm start` on a fresh checkout builds
// once and later starts are instant. `npm run build` forces a build and records the same fingerprint.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const STAMP = ".next/source-fingerprint";

/** Runs `next build` (always with `force`, else only when .next is missing or built from other sources). */
export function buildApp({ force = false }: { force?: boolean } = {}): void {
  const fingerprint = sourceFingerprint();
  const upToDate =
    fs.existsSync(".next/BUILD_ID") && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === fingerprint;
  if (upToDate && !force) return;
  if (!force) console.log("Building the app (first start or sources changed)…");
  const result = spawnSync(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "build"], {
    stdio: "inherit",
    // eslint-disable-next-line no-restricted-properties -- passes the environment on to `next build`
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    console.error("next build failed");
    process.exit(1);
  }
  fs.writeFileSync(STAMP, fingerprint);
}

/** A hash over the names, sizes and contents' timestamps of everything the build reads. */
function sourceFingerprint(): string {
  const hash = crypto.createHash("sha256");
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = fs.statSync(full);
        hash.update(`${full}:${stat.size}:${stat.mtimeMs}\n`);
      }
    }
  };
  for (const dir of ["app", "src", "public"]) walk(dir);
  for (const file of ["next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json"]) {
    if (fs.existsSync(file)) hash.update(`${file}:${fs.statSync(file).mtimeMs}\n`);
  }
  return hash.digest("hex");
}
