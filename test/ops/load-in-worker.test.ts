import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import {
  checkInWorker,
  LoadWorkerError,
  loadKnowledgeInWorker,
} from "../../src/ops/load-in-worker.js";

describe("loadKnowledgeInWorker", () => {
  it("gives the same model as loading on the main thread", async () => {
    const [here, there] = await Promise.all([
      loadKnowledge("knowledge"),
      loadKnowledgeInWorker("knowledge"),
    ]);
    expect(there.ok && here.ok).toBe(true);
    if (!there.ok || !here.ok) return;
    expect({ ...there.model, loadedAt: 0 }).toEqual({ ...here.model, loadedAt: 0 });
    expect(Object.isFrozen(there.model.entities.get("unmas"))).toBe(true);
  });
  it("reports located problems", async () => {
    const r = await loadKnowledgeInWorker("test/fixtures/knowledge/syntax-error");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r).toEqual(await loadKnowledge("test/fixtures/knowledge/syntax-error"));
  });
});

describe("checkInWorker limits", () => {
  it("stops a load that takes too long and reports it as a failed load", async () => {
    const error = await checkInWorker("knowledge", {}, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadWorkerError);
    expect((error as Error).message).toMatch(/took longer than/);
  });
});
