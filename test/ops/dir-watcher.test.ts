import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type DirWatcher, isEditorScratch, watchDirectory } from "../../src/ops/dir-watcher.js";
import { saveByRename } from "./kb-fixture.js";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function setup(): { dir: string; batches: string[][]; watcher: DirWatcher } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fp-watch-"));
  fs.writeFileSync(path.join(dir, "a.yml"), "a: 1\n");
  const batches: string[][] = [];
  const watcher = watchDirectory(dir, (changed) => batches.push(changed), {
    debounceMs: 40,
    retryMs: 50,
  });
  cleanups.push(() => {
    watcher.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { dir, batches, watcher };
}

const flat = (batches: string[][]) => batches.flat();

describe("watchDirectory", () => {
  it("reports an in-place edit once, after the debounce", async () => {
    const { dir, batches } = setup();
    fs.writeFileSync(path.join(dir, "a.yml"), "a: 2\n");
    fs.appendFileSync(path.join(dir, "a.yml"), "b: 3\n");
    await expect.poll(() => batches.length).toBe(1);
    expect(batches[0]).toEqual(["a.yml"]);
  });

  it("keeps seeing a file after an editor replaced it by rename", async () => {
    const { dir, batches } = setup();
    saveByRename(path.join(dir, "a.yml"), "a: 2\n");
    await expect.poll(() => flat(batches)).toContain("a.yml");
    batches.length = 0;
    fs.writeFileSync(path.join(dir, "a.yml"), "a: 3\n"); // the edit Node's recursive watch misses
    await expect.poll(() => flat(batches)).toContain("a.yml");
  });

  it("ignores editor scratch files", async () => {
    const { dir, batches } = setup();
    fs.writeFileSync(path.join(dir, ".a.yml.swp"), "x");
    fs.writeFileSync(path.join(dir, "4913"), "x");
    fs.writeFileSync(path.join(dir, "b.yml"), "b: 1\n");
    await expect.poll(() => flat(batches)).toContain("b.yml");
    expect(flat(batches)).not.toContain(".a.yml.swp");
    expect(flat(batches)).not.toContain("4913");
  });

  it("watches folders created after it started, and files inside them", async () => {
    const { dir, batches, watcher } = setup();
    fs.mkdirSync(path.join(dir, "team", "nested"), { recursive: true });
    await expect.poll(() => watcher.watchedDirs).toBe(3);
    batches.length = 0;
    fs.writeFileSync(path.join(dir, "team", "nested", "c.yml"), "c: 1\n");
    await expect.poll(() => flat(batches)).toContain(path.join("team", "nested", "c.yml"));
  });

  it("survives the root being deleted and notices when it comes back", async () => {
    const { dir, batches, watcher } = setup();
    fs.rmSync(dir, { recursive: true });
    await expect.poll(() => watcher.watchedDirs).toBe(0);
    batches.length = 0;
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "a.yml"), "a: back\n");
    await expect.poll(() => batches.length, { timeout: 3_000 }).toBeGreaterThan(0);
    await expect.poll(() => watcher.watchedDirs).toBe(1);
    batches.length = 0;
    fs.writeFileSync(path.join(dir, "a.yml"), "a: edited\n");
    await expect.poll(() => flat(batches)).toContain("a.yml");
  });

  it("follows a folder swapped in at the same path", async () => {
    const { dir, batches } = setup();
    const next = `${dir}-next`;
    fs.mkdirSync(next);
    fs.writeFileSync(path.join(next, "a.yml"), "a: swapped\n");
    fs.rmSync(dir, { recursive: true });
    fs.renameSync(next, dir);
    await expect.poll(() => batches.length, { timeout: 3_000 }).toBeGreaterThan(0);
    batches.length = 0;
    fs.writeFileSync(path.join(dir, "a.yml"), "a: edited after swap\n");
    await expect.poll(() => flat(batches)).toContain("a.yml");
  });

  it("a handler that throws does not stop later reports", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fp-watch-"));
    let calls = 0;
    const watcher = watchDirectory(
      dir,
      () => {
        calls++;
        throw new Error("handler bug");
      },
      { debounceMs: 20 },
    );
    cleanups.push(() => {
      watcher.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    fs.writeFileSync(path.join(dir, "x.yml"), "1");
    await expect.poll(() => calls).toBe(1);
    fs.writeFileSync(path.join(dir, "x.yml"), "2");
    await expect.poll(() => calls).toBe(2);
  });

  it("stops reporting after close", async () => {
    const { dir, batches, watcher } = setup();
    watcher.close();
    fs.writeFileSync(path.join(dir, "a.yml"), "a: 9\n");
    await new Promise((r) => setTimeout(r, 150));
    expect(batches).toEqual([]);
    expect(watcher.watchedDirs).toBe(0);
  });
});

describe("isEditorScratch", () => {
  it("knows vim, emacs and JetBrains scratch names, and leaves real files alone", () => {
    for (const f of [".a.yml.swp", "a.yml~", "4913", ".#a.yml", "#a.yml#", "a.yml___jb_tmp___"]) {
      expect(isEditorScratch(f), f).toBe(true);
    }
    for (const f of ["a.yml", "team/b.yaml", "sources/doc.txt"]) {
      expect(isEditorScratch(f), f).toBe(false);
    }
  });
});
