import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeKb } from "../../bench/synthetic.js";
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
  it("receives every record of a folder sent in several chunks, each once and in order", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fp-chunks-"));
    try {
      for (const f of makeKb(2_500).files) fs.writeFileSync(path.join(dir, f.path), f.text);
      const [here, there] = await Promise.all([loadKnowledge(dir), loadKnowledgeInWorker(dir)]);
      if (!there.ok || !here.ok) throw new Error("does not load");
      expect(there.model.byId.size).toBeGreaterThan(2_500);
      expect([...there.model.byId.keys()]).toEqual([...here.model.byId.keys()]);
      expect({ ...there.model, loadedAt: 0 }).toEqual({ ...here.model, loadedAt: 0 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
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
