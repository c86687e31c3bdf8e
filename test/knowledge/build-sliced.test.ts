// The model built in slices (what a running bot's reload does) is the model the one-shot build
// makes, record for record and relation for relation.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { makeKb } from "../../bench/synthetic.js";
import { buildModelSliced } from "../../src/knowledge/build-model.js";
import {
  type CheckResult,
  checkKnowledge,
  toLoadResult,
  toLoadResultSliced,
} from "../../src/knowledge/load.js";
import type { KnowledgeModel } from "../../src/knowledge/model.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A comparable picture of a model: every map as entries, without the load time. */
function picture(m: KnowledgeModel): string {
  return JSON.stringify({ ...m, loadedAt: null }, (_k, v) =>
    v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : v,
  );
}

async function expectSame(checked: CheckResult): Promise<void> {
  const once = toLoadResult(checked);
  const sliced = await toLoadResultSliced(checked);
  if (!once.ok || !sliced.ok || !checked.ok) throw new Error("does not load");
  expect(picture(sliced.model)).toBe(picture(once.model));
  expect(Object.isFrozen(sliced.model)).toBe(true);
  // A slice of 0 ms yields after every step (record, relation key): the most interleaved build.
  const finest = await buildModelSliced(checked.input, 0);
  expect(picture(finest)).toBe(picture(once.model));
  expect(Object.isFrozen(finest.relations.registry.get("member-of"))).toBe(true);
}

describe("buildModelSliced", () => {
  it.each(["knowledge", "examples/brightwater"])("builds the same model for %s", async (dir) => {
    await expectSame(await checkKnowledge(path.join(repoRoot, dir)));
  });
  it("builds the same model for a synthetic folder of 2,000 entities", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fp-sliced-"));
    try {
      for (const f of makeKb(2_000).files) fs.writeFileSync(path.join(dir, f.path), f.text);
      await expectSame(await checkKnowledge(dir));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
