import fs from "node:fs";

import { describe, expect, it } from "vitest";

import { envSchema } from "@/server/env";

/** The variable names in the first column of the README's configuration table. */
function documentedVariables(): string[] {
  const readme = fs.readFileSync("README.md", "utf8");
  const section = readme.split(/^## Configuration$/m)[1]?.split(/^## /m)[0] ?? "";
  const rows = section.split("\n").filter((line) => line.startsWith("| `"));
  return rows.flatMap((row) => [...row.split("|")[1].matchAll(/`([A-Z0-9_]+)`/g)].map((match) => match[1]));
}

describe("the environment", () => {
  it("is documented in the README's configuration table exactly as src/server/env.ts reads it", () => {
    const documented = documentedVariables();
    expect(documented.length).toBeGreaterThan(10);
    expect([...documented].sort()).toEqual(Object.keys(envSchema.shape).sort());
  });

  it("has one name for the course folder, defaulting to the repository's exercises/", () => {
    expect(envSchema.parse({}).CONTENT_DIR).toBe("exercises");
    expect(Object.keys(envSchema.shape).filter((key) => /EXERCISES|COURSE/.test(key))).toEqual([]);
  });
});
