// An answer engine on one of the repository's knowledge folders (the shipped knowledge/, or
// examples/brightwater), loaded once before the test file's tests.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll } from "vitest";
import { createEngine } from "../../src/answer/engine.js";
import type { Engine } from "../../src/answer/types.js";
import { loadKnowledge } from "../../src/knowledge/load.js";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Registers the load; `engine` is set once the file's `beforeAll` hooks have run. */
export function engineOnFolder(folder: string): { readonly engine: Engine } {
  const holder = {} as { engine: Engine };
  beforeAll(async () => {
    const res = await loadKnowledge(path.join(repoRoot, folder));
    if (!res.ok) {
      throw new Error(`${folder} does not load:\n${res.problems.map((p) => p.message).join("\n")}`);
    }
    holder.engine = createEngine(res.model);
  });
  return holder;
}
