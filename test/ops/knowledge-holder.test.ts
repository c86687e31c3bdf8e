import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/engine.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import type { LoadResult } from "../../src/knowledge/model.js";
import { type CachedEngine, withAnswerCache } from "../../src/ops/answer-cache.js";
import {
  createKnowledgeHolder,
  type KnowledgeHolder,
  KnowledgeLoadError,
} from "../../src/ops/knowledge-holder.js";
import { entitiesYml, makeKnowledgeDir, saveByRename } from "./kb-fixture.js";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function recorder() {
  const lines: string[] = [];
  const log = (...m: unknown[]) => lines.push(m.map(String).join(" "));
  return { lines, logger: { info: log, warn: log, error: log } };
}

async function holderOn(
  dir: string,
  extra: Partial<Parameters<typeof createKnowledgeHolder>[0]> = {},
) {
  const rec = recorder();
  const holder = await createKnowledgeHolder({
    dir,
    logger: rec.logger,
    debounceMs: 40,
    ...extra,
  });
  cleanups.push(() => {
    holder.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { holder, lines: rec.lines };
}

const summaryOf = (h: KnowledgeHolder) => h.engine().model.entities.get("alpha")?.summary;

describe("createKnowledgeHolder", () => {
  it("serves the first load and reports version, load time and counts", async () => {
    const dir = makeKnowledgeDir();
    const { holder } = await holderOn(dir);
    expect(holder.engine().ask("what is ALPHA?").headline).toMatch(/Alpha/);
    const s = holder.status();
    expect(s.version).toMatch(/^[0-9a-f]{12}$/);
    expect(s.loadedAt).toBeInstanceOf(Date);
    expect(s.counts).toMatchObject({ entities: 1, sources: 1, activities: 0 });
    expect(s.files).toBe(2);
    expect(s).toMatchObject({ reloads: 0, failedReloads: 0, watching: false });
    expect(s.lastError).toBeUndefined();
  });

  it("refuses to start on knowledge that does not load, listing each problem", async () => {
    const dir = makeKnowledgeDir();
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    fs.writeFileSync(path.join(dir, "entities.yml"), "entities:\n  - id: Bad Id\n");
    const err = await createKnowledgeHolder({ dir }).catch((e) => e);
    expect(err).toBeInstanceOf(KnowledgeLoadError);
    expect(err.problems.length).toBeGreaterThan(0);
    for (const p of err.problems) expect(p).toMatch(/^.*entities\.yml:\d+:\d+: .+/);
  });

  it("hot-reloads a valid edit, keeps the last good knowledge on a bad one, and recovers", async () => {
    const dir = makeKnowledgeDir();
    const file = path.join(dir, "entities.yml");
    const { holder, lines } = await holderOn(dir);
    holder.watch();
    expect(holder.status().watching).toBe(true);
    const v0 = holder.status().version;

    // 1. A valid edit, saved in place.
    fs.writeFileSync(file, entitiesYml("Edited summary."));
    await expect.poll(() => summaryOf(holder)).toBe("Edited summary.");
    const v1 = holder.status().version;
    expect(v1).not.toBe(v0);
    expect(holder.status().reloads).toBe(1);

    // 2. A broken edit, saved by rename (as vim and VS Code can): the edit is refused.
    saveByRename(file, `${entitiesYml("Broken.")}    kind: not-a-kind\n  - id: UPPER\n`);
    await expect.poll(() => holder.status().lastError).toBeDefined();
    const s = holder.status();
    expect(s.version).toBe(v1);
    expect(summaryOf(holder)).toBe("Edited summary.");
    expect(s.failedReloads).toBe(1);
    expect(s.lastError?.problems.length).toBeGreaterThan(0);
    expect(s.lastError?.total).toBe(s.lastError?.problems.length);
    for (const p of s.lastError?.problems ?? []) expect(p).toMatch(/entities\.yml:\d+:\d+: \S/);
    // Every problem is logged as file:line:col: message.
    for (const p of s.lastError?.problems ?? []) expect(lines).toContain(p);

    // 3. The next valid edit — to the replaced file — recovers.
    fs.writeFileSync(file, entitiesYml("Fixed summary."));
    await expect.poll(() => summaryOf(holder)).toBe("Fixed summary.");
    expect(holder.status().lastError).toBeUndefined();
    expect(holder.status().reloads).toBe(2);
  });

  it("picks up files in a new subfolder", async () => {
    const dir = makeKnowledgeDir();
    const { holder } = await holderOn(dir);
    holder.watch();
    fs.mkdirSync(path.join(dir, "teams"));
    fs.writeFileSync(
      path.join(dir, "teams", "more.yml"),
      entitiesYml("x", "beta").replace(/^entities:\n[\s\S]*?(?= {2}- id: beta)/, "entities:\n"),
    );
    await expect.poll(() => holder.engine().model.entities.has("beta")).toBe(true);
    expect(holder.status().files).toBe(3);
  });

  it("an engine in use keeps answering from its own model after a swap", async () => {
    const dir = makeKnowledgeDir();
    const { holder } = await holderOn(dir);
    const inFlight = holder.engine();
    fs.writeFileSync(path.join(dir, "entities.yml"), entitiesYml("New."));
    expect(await holder.reload()).toBe(true);
    expect(inFlight.model.entities.get("alpha")?.summary).toBe("The first test entity.");
    expect(summaryOf(holder)).toBe("New.");
  });

  it("asks the new version what was asked recently before swapping it in, unless told not to", async () => {
    for (const warm of [undefined, false] as const) {
      const dir = makeKnowledgeDir();
      const { holder, lines } = await holderOn(dir, {
        build: (model) => withAnswerCache(createEngine(model)),
        ...(warm === false ? { warm } : {}),
      });
      holder.engine().ask("what is ALPHA?");
      holder.engine().ask("what does Alpha Office do");
      fs.writeFileSync(path.join(dir, "entities.yml"), entitiesYml("New."));
      expect(await holder.reload()).toBe(true);
      const swapped = holder.engine() as CachedEngine;
      expect(swapped.model.entities.get("alpha")?.summary).toBe("New.");
      if (warm === false) {
        expect(swapped.cache.size).toBe(0);
      } else {
        // Answered from the new knowledge, before any user asked it.
        expect(swapped.cache.size).toBe(2);
        expect(swapped.ask("what is ALPHA?").headline).toMatch(/New/);
        expect(swapped.cache.hits).toBe(1);
        expect(lines.some((l) => /2 recent question\(s\) asked of the new version/.test(l))).toBe(
          true,
        );
      }
    }
  });

  it("an unchanged reload keeps the engine and does not count as a reload", async () => {
    const dir = makeKnowledgeDir();
    const { holder } = await holderOn(dir);
    const before = holder.engine();
    expect(await holder.reload()).toBe(true);
    expect(holder.engine()).toBe(before);
    expect(holder.status().reloads).toBe(0);
  });

  it("serialises reloads: calls during a reload share one follow-up that sees the latest files", async () => {
    const dir = makeKnowledgeDir();
    let active = 0;
    let maxActive = 0;
    let loads = 0;
    const slowLoad = async (d: string): Promise<LoadResult> => {
      active++;
      loads++;
      maxActive = Math.max(maxActive, active);
      const result = await loadKnowledge(d);
      await new Promise((r) => setTimeout(r, 60));
      active--;
      return result;
    };
    const { holder } = await holderOn(dir, { load: slowLoad });
    loads = 0;
    const first = holder.reload();
    fs.writeFileSync(path.join(dir, "entities.yml"), entitiesYml("During the first reload."));
    const second = holder.reload();
    const third = holder.reload();
    expect(third).toBe(second);
    expect(await Promise.all([first, second, third])).toEqual([true, true, true]);
    expect(maxActive).toBe(1);
    expect(loads).toBe(2);
    expect(summaryOf(holder)).toBe("During the first reload.");
  });

  it("a loader that throws is reported like a problem, not a crash", async () => {
    const dir = makeKnowledgeDir();
    let fail = false;
    const load = async (d: string) => {
      if (fail) throw new Error("disk on fire");
      return loadKnowledge(d);
    };
    const { holder } = await holderOn(dir, { load });
    fail = true;
    expect(await holder.reload()).toBe(false);
    expect(holder.status().lastError?.problems).toEqual([`${dir}:1:1: disk on fire`]);
    fail = false;
    expect(await holder.reload()).toBe(true);
    expect(holder.status().lastError).toBeUndefined();
  });

  it("keeps serving when the folder disappears, and recovers when it is back", async () => {
    const dir = makeKnowledgeDir();
    const { holder } = await holderOn(dir);
    holder.watch();
    const backup = `${dir}-backup`;
    fs.cpSync(dir, backup, { recursive: true });
    cleanups.push(() => fs.rmSync(backup, { recursive: true, force: true }));
    fs.rmSync(dir, { recursive: true });
    await expect.poll(() => holder.status().lastError).toBeDefined();
    expect(summaryOf(holder)).toBe("The first test entity.");
    fs.cpSync(backup, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "entities.yml"), entitiesYml("Restored."));
    await expect.poll(() => summaryOf(holder), { timeout: 5_000 }).toBe("Restored.");
    expect(holder.status().lastError).toBeUndefined();
  });

  it("caps the problems kept for health and the lines logged, then counts per code", async () => {
    const dir = makeKnowledgeDir();
    const { holder, lines } = await holderOn(dir, { maxProblems: 2, maxLogged: 3 });
    const bad = Array.from({ length: 5 }, (_, i) => `  - id: Bad${i}\n`).join("");
    fs.writeFileSync(path.join(dir, "entities.yml"), `entities:\n${bad}`);
    expect(await holder.reload()).toBe(false);
    const err = holder.status().lastError;
    expect(err?.problems).toHaveLength(2);
    expect(err?.total).toBeGreaterThan(2);
    expect(lines.filter((l) => /entities\.yml:\d+:\d+:/.test(l)).length).toBe(3);
    const more = (err?.total ?? 0) - 3;
    expect(lines.join("\n")).toContain(`... ${more} more problems not shown, by kind:`);
  });

  it("logs at most 50 problems of a bad save, then a count per code", async () => {
    const dir = makeKnowledgeDir();
    const { holder, lines } = await holderOn(dir);
    const bad = Array.from({ length: 120 }, (_, i) => `  - id: Bad${i}\n`).join("");
    fs.writeFileSync(path.join(dir, "entities.yml"), `entities:\n${bad}`);
    expect(await holder.reload()).toBe(false);
    const total = holder.status().lastError?.total ?? 0;
    expect(total).toBeGreaterThan(120);
    expect(lines.filter((l) => /entities\.yml:\d+:\d+: KB\d{3} /.test(l))).toHaveLength(50);
    const more = lines.findIndex((l) =>
      l.includes(`${total - 50} more problems not shown, by kind:`),
    );
    expect(more).toBeGreaterThan(-1);
    expect(lines.slice(more + 1).some((l) => /^ {2}\d+ × KB009 missing-field$/.test(l))).toBe(true);
  });

  it("stops watching on close", async () => {
    const dir = makeKnowledgeDir();
    const { holder } = await holderOn(dir);
    holder.watch();
    holder.close();
    expect(holder.status().watching).toBe(false);
    fs.writeFileSync(path.join(dir, "entities.yml"), entitiesYml("After close."));
    await new Promise((r) => setTimeout(r, 200));
    expect(summaryOf(holder)).toBe("The first test entity.");
  });
});

describe("hot reload of the real knowledge with the real engine", () => {
  it("answers from an edit, survives a broken edit, and recovers", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fp-real-kb-"));
    fs.cpSync(path.join(import.meta.dirname, "..", "..", "knowledge"), dir, { recursive: true });
    const { lines, logger } = recorder();
    const holder = await createKnowledgeHolder({ dir, logger, debounceMs: 40 });
    cleanups.push(() => {
      holder.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    holder.watch();
    const question = "what is the Zorblax Liaison Office?";
    const v0 = holder.status().version;
    expect(holder.engine().ask(question).answered).toBe(false);
    const baseline = holder.engine().ask("who leads the MARA assessment?");
    expect(baseline.answered).toBe(true);

    // A knowledge officer adds a file in a new folder.
    fs.mkdirSync(path.join(dir, "extra"));
    const added = path.join(dir, "extra", "zorblax.yml");
    fs.writeFileSync(
      added,
      `entities:
  - id: zorblax-liaison-office
    name: Zorblax Liaison Office
    acronyms: [ZLO]
    kind: office
    summary: A liaison office invented for the hot reload test.
    sources:
      - source: un-official-names
`,
    );
    await expect.poll(() => holder.engine().ask(question).answered, { timeout: 5_000 }).toBe(true);
    expect(holder.engine().ask(question).headline).toMatch(/Zorblax|ZLO/);
    const good = holder.status().version;

    // Then breaks it: the last good knowledge keeps answering, the problem is reported.
    fs.appendFileSync(added, "  - id: Not A Slug\n");
    await expect.poll(() => holder.status().lastError, { timeout: 5_000 }).toBeDefined();
    expect(holder.status().version).toBe(good);
    expect(holder.engine().ask(question).answered).toBe(true);
    const problems = holder.status().lastError?.problems ?? [];
    expect(problems.some((p) => /zorblax\.yml:\d+:\d+: /.test(p))).toBe(true);
    expect(lines.some((l) => /zorblax\.yml:\d+:\d+: /.test(l))).toBe(true);

    // Removing the file recovers the original knowledge, same version as at start.
    fs.rmSync(path.join(dir, "extra"), { recursive: true });
    await expect.poll(() => holder.status().lastError, { timeout: 5_000 }).toBeUndefined();
    expect(holder.engine().ask(question).answered).toBe(false);
    expect(holder.engine().ask("who leads the MARA assessment?").headline).toBe(baseline.headline);
    expect(holder.status().version).toBe(v0);
  });
});
