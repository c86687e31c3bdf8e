// The real engine on one of the repository's knowledge folders (the shipped knowledge/ by
// default, or examples/brightwater): for a test on its own, or loaded once before a file's tests.
import path from "node:path";
import { beforeAll } from "vitest";
import { createEngine } from "../../src/answer/engine.js";
import type { Engine } from "../../src/answer/types.js";
import { loadKnowledge } from "../../src/knowledge/load.js";

export const repoRoot = path.resolve(import.meta.dirname, "../..");
export const KNOWLEDGE_DIR = path.join(repoRoot, "knowledge");

export async function loadRealEngine(dir = KNOWLEDGE_DIR): Promise<Engine> {
  const loaded = await loadKnowledge(dir);
  if (!loaded.ok) {
    throw new Error(
      `knowledge does not load:\n${loaded.problems.map((p) => p.message).join("\n")}`,
    );
  }
  return createEngine(loaded.model);
}

/** Registers the load of `folder` (relative to the repository); `engine` is set in `beforeAll`. */
export function engineOnFolder(folder: string): { readonly engine: Engine } {
  const holder = {} as { engine: Engine };
  beforeAll(async () => {
    holder.engine = await loadRealEngine(path.join(repoRoot, folder));
  });
  return holder;
}
