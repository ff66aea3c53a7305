import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { hashDirectory } from "@/server/content/content-hash";
import { loadCourse } from "@/server/content/load-course";

import { exerciseFiles, stepsYaml, writeTempCourse } from "../support/temp-course";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function exerciseDir() {
  const temp = await writeTempCourse({ "steps.yaml": stepsYaml, ...exerciseFiles("countdown") });
  cleanups.push(temp.cleanup);
  return { root: temp.root, dir: path.join(temp.root, "countdown") };
}

describe("exercise content hash", () => {
  it("is the same for identical folders written at different times", async () => {
    const first = await exerciseDir();
    const second = await exerciseDir();
    expect(await hashDirectory(first.dir)).toBe(await hashDirectory(second.dir));
    const [loaded] = (await loadCourse(first.root)).exercises;
    expect(loaded.contentHash).toBe(await hashDirectory(second.dir));
  });

  it("changes when any file changes, including tests and mistakes", async () => {
    const { dir } = await exerciseDir();
    const original = await hashDirectory(dir);
    const seen = new Set([original]);

    await writeFile(path.join(dir, "tests.py"), "import unittest\n# one more line\n");
    seen.add(await hashDirectory(dir));
    await writeFile(path.join(dir, "mistakes", "returns-list.py"), "# feedback: not lazy\ndef countdown(n): return []\n");
    seen.add(await hashDirectory(dir));
    await writeFile(path.join(dir, "mistakes", "forgot-yield.py"), "# feedback: yield\n");
    seen.add(await hashDirectory(dir));

    expect(seen.size).toBe(4);
  });

  it("changes when a file is renamed even though the bytes are the same", async () => {
    const { dir } = await exerciseDir();
    const before = await hashDirectory(dir);
    await rename(path.join(dir, "mistakes", "returns-list.py"), path.join(dir, "mistakes", "eager-list.py"));
    expect(await hashDirectory(dir)).not.toBe(before);
  });

  it("ignores Python caches and hidden files, which running the tests locally creates", async () => {
    const { dir } = await exerciseDir();
    const before = await hashDirectory(dir);
    await mkdir(path.join(dir, "__pycache__"));
    await writeFile(path.join(dir, "__pycache__", "tests.cpython-311.pyc"), "bytecode");
    await writeFile(path.join(dir, ".DS_Store"), "finder");
    expect(await hashDirectory(dir)).toBe(before);
  });
});
