// The model built in slices (what a running bot's reload does) is the model the one-shot build
// makes, record for record and relation for relation.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkKnowledge, toLoadResult, toLoadResultSliced } from "../../src/knowledge/load.js";
import type { KnowledgeModel } from "../../src/knowledge/model.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A comparable picture of a model: every map as entries, without the load time. */
function picture(m: KnowledgeModel): string {
  return JSON.stringify({ ...m, loadedAt: null }, (_k, v) =>
    v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : v,
  );
}

describe("buildModelSliced", () => {
  it.each(["knowledge", "examples/brightwater"])("builds the same model for %s", async (dir) => {
    const checked = await checkKnowledge(path.join(repoRoot, dir));
    const once = toLoadResult(checked);
    const sliced = await toLoadResultSliced(checked);
    if (!once.ok || !sliced.ok) throw new Error(`${dir} does not load`);
    expect(picture(sliced.model)).toBe(picture(once.model));
    expect(Object.isFrozen(sliced.model)).toBe(true);
  });
});
