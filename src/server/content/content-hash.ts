import "server-only";

import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

// Byproducts of running Python or editors are not content: hashing them would create a new exercise
// version every time someone ran the tests locally.
function isContentFile(name: string): boolean {
  return !name.startsWith(".") && name !== "__pycache__" && !name.endsWith(".pyc");
}

/** Relative POSIX paths of every content file under `dir`, sorted, so hashes match on every OS. */
export async function listContentFiles(dir: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (!isContentFile(entry.name)) continue;
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listContentFiles(path.join(dir, entry.name), relative)));
    else if (entry.isFile()) files.push(relative);
  }
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** sha256 (hex) over every file of a folder, sorted by relative path: a change to any file changes it. */
export async function hashDirectory(dir: string): Promise<string> {
  const hash = createHash("sha256");
  for (const relative of await listContentFiles(dir)) {
    const content = await readFile(path.join(dir, ...relative.split("/")));
    // Length prefixes keep the encoding unambiguous: moving bytes between a path and a file cannot collide.
    hash.update(`${Buffer.byteLength(relative)}:${relative}\n${content.length}:`);
    hash.update(content);
    hash.update("\n");
  }
  return hash.digest("hex");
}

/** sha256 (hex) of one file's bytes. */
export function hashText(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
