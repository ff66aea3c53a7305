// The grading service says which isolation grades on this host, and what to fix, in GET /api/health.
import { afterEach, describe, expect, it } from "vitest";

import { type RunningApp, startApp } from "../support/app-server";

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
});

async function health(env: Record<string, string>) {
  app = await startApp({ env });
  const response = await fetch(`${app.baseUrl}/api/health`);
  return (await response.json()) as {
    status: string;
    grader: { ok: boolean; isolation: string | null; notes: string[]; problems: string[] } | null;
    graders: { host: string; service: string; ok: boolean; isolation: string | null; problems: string[] }[];
  };
}

describe("GET /api/health reports the grading host", () => {
  it("names the fallback isolation and says memory is capped per process", async () => {
    const report = await health({ GRADER_ISOLATION: "rlimits" });
    expect(report.status).toBe("ok");
    expect(report.grader?.ok).toBe(true);
    expect(report.grader?.isolation).toBe("rlimits");
    expect(report.grader?.notes.join(" ")).toMatch(/memory is capped per process/);
    // The same report is published for every web process (separate workers publish theirs the same way).
    expect(report.graders).toEqual([
      expect.objectContaining({ service: "app-with-worker", ok: true, isolation: "rlimits" }),
    ]);
  });

  it("is degraded, with the reason and the fix, where no sandbox can be built", async () => {
    const report = await health({ GRADER_BWRAP: "/nonexistent/bwrap" });
    expect(report.status).toBe("degraded");
    expect(report.grader?.ok).toBe(false);
    expect(report.grader?.problems.join("\n")).toMatch(/\/nonexistent\/bwrap: missing \(fix: apt-get install bubblewrap\)/);
    expect(report.graders.map((host) => host.ok)).toEqual([false]);
  });
});
