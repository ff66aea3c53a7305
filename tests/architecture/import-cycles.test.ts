import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import { describe, expect, it } from "vitest";

import { folderGraph, importCycles, serverImportGraph } from "./server-imports";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const graph = serverImportGraph(root);

describe("src/server imports", () => {
  it("have no cycle between modules", () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(importCycles(graph)).toEqual([]);
  });

  it("have no cycle between folders", () => {
    expect(importCycles(folderGraph(graph))).toEqual([]);
  });

  it("follow the layering eslint.config.js enforces, which names every folder", async () => {
    // Loaded by URL: the config is plain JavaScript, outside the typecheck.
    const config = (await import(pathToFileURL(path.join(root, "eslint.config.js")).href)) as {
      serverLayers: Record<string, string[]>;
    };
    const layers = config.serverLayers;
    for (const [folder, targets] of folderGraph(graph)) {
      expect(layers, `src/server/${folder} is missing from serverLayers`).toHaveProperty([folder]);
      for (const target of targets) expect(layers[folder], `src/server/${folder} imports ${target}`).toContain(target);
    }
  });
});
