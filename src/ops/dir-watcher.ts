// Watches a folder tree for changes, robustly enough for real editors and deploys.
// Why not fs.watch(dir, { recursive: true })? On Linux, Node 20 watches each file by inode, so
// after an editor saves by writing a temp file and renaming it over the original, later edits to
// that file go unnoticed. Watching every *directory* instead sees creates, writes, renames and
// deletes of the files inside, whatever the editor does. New subfolders are picked up on the next
// change; if the root itself disappears (or is swapped for another folder) we poll until it is back.
import fs from "node:fs";
import path from "node:path";
import { type OpsLogger, silentLogger } from "./logger.js";

export interface DirWatcherOptions {
  logger?: OpsLogger;
  /** Quiet time after the last event before `onChange` fires (default 250 ms). */
  debounceMs?: number;
  /** How often to look for the root again while it is missing (default 1 s). */
  retryMs?: number;
  /** Most directories watched (default 1,000): a runaway tree must not exhaust inotify. */
  maxDirs?: number;
}

export interface DirWatcher {
  /** Directories currently watched. */
  readonly watchedDirs: number;
  close(): void;
}

/** Editor scratch files that never hold knowledge: vim swap/backup/probe, emacs locks, JetBrains. */
export function isEditorScratch(file: string): boolean {
  const base = path.basename(file);
  return (
    /\.(sw[a-p]|swx|tmp|bak)$/i.test(base) ||
    base.endsWith("~") ||
    base === "4913" ||
    base.startsWith(".#") ||
    /^#.*#$/.test(base) ||
    base.includes("___jb_")
  );
}

export function watchDirectory(
  root: string,
  onChange: (changed: string[]) => void,
  options: DirWatcherOptions = {},
): DirWatcher {
  const logger = options.logger ?? silentLogger;
  const debounceMs = options.debounceMs ?? 250;
  const retryMs = options.retryMs ?? 1_000;
  const maxDirs = options.maxDirs ?? 1_000;
  const absRoot = path.resolve(root);
  const watchers = new Map<string, fs.FSWatcher>();
  const pending = new Set<string>();
  let rootIno: number | undefined;
  let parentWatcher: fs.FSWatcher | undefined;
  let debounce: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;
  let closed = false;
  let warnedFull = false;

  function noteChange(rel: string): void {
    if (closed || isEditorScratch(rel)) return;
    pending.add(rel);
    clearTimeout(debounce);
    debounce = setTimeout(flush, debounceMs);
    debounce.unref();
  }

  function flush(): void {
    if (closed) return;
    sync();
    const changed = [...pending].sort();
    pending.clear();
    try {
      onChange(changed);
    } catch (error) {
      logger.error("knowledge watcher: change handler failed:", error);
    }
  }

  function watchOne(dir: string): void {
    if (watchers.has(dir)) return;
    if (watchers.size >= maxDirs) {
      if (!warnedFull) logger.warn(`knowledge watcher: over ${maxDirs} folders; not watching more`);
      warnedFull = true;
      return;
    }
    try {
      const w = fs.watch(dir, { persistent: false }, (_event, name) => {
        const rel = path.relative(absRoot, name ? path.join(dir, name.toString()) : dir);
        noteChange(rel || ".");
      });
      w.on("error", (error) => {
        logger.warn(`knowledge watcher: lost ${dir}: ${(error as Error).message}`);
        w.close();
        watchers.delete(dir);
        noteChange(path.relative(absRoot, dir) || ".");
      });
      watchers.set(dir, w);
    } catch (error) {
      logger.warn(`knowledge watcher: cannot watch ${dir}: ${(error as Error).message}`);
    }
  }

  function listDirs(): string[] {
    const dirs: string[] = [];
    const queue = [absRoot];
    while (queue.length > 0 && dirs.length < maxDirs) {
      const dir = queue.shift() as string;
      dirs.push(dir);
      let entries: fs.Dirent[] = [];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        continue; // vanished between listing and reading: the next event resyncs
      }
      for (const e of entries) {
        if (e.isDirectory() && e.name !== ".git" && e.name !== "node_modules") {
          queue.push(path.join(dir, e.name));
        }
      }
    }
    return dirs;
  }

  function closeAll(): void {
    for (const w of watchers.values()) w.close();
    watchers.clear();
  }

  /** Brings the watched set in line with the tree on disk. */
  function sync(): void {
    if (closed) return;
    let ino: number | undefined;
    try {
      const st = fs.statSync(absRoot);
      if (st.isDirectory()) ino = st.ino;
    } catch {
      ino = undefined;
    }
    if (ino === undefined) {
      if (rootIno !== undefined) logger.warn(`knowledge watcher: ${absRoot} is gone; waiting`);
      rootIno = undefined;
      closeAll();
      startRetry();
      return;
    }
    if (ino !== rootIno) closeAll(); // a different folder now sits at the path
    rootIno = ino;
    const dirs = new Set(listDirs());
    for (const [dir, w] of watchers) {
      if (!dirs.has(dir)) {
        w.close();
        watchers.delete(dir);
      }
    }
    for (const dir of dirs) watchOne(dir);
  }

  function startRetry(): void {
    if (retry || closed) return;
    retry = setInterval(() => {
      if (!fs.existsSync(absRoot)) return;
      clearInterval(retry);
      retry = undefined;
      noteChange(".");
    }, retryMs);
    retry.unref();
  }

  /** The parent folder tells us when the root is deleted, renamed or replaced. */
  function watchParent(): void {
    const base = path.basename(absRoot);
    try {
      parentWatcher = fs.watch(path.dirname(absRoot), { persistent: false }, (_e, name) => {
        if (name?.toString() === base) noteChange(".");
      });
      parentWatcher.on("error", () => {
        parentWatcher?.close();
        parentWatcher = undefined;
      });
    } catch {
      parentWatcher = undefined; // unreadable parent: the retry poll still covers a missing root
    }
  }

  watchParent();
  sync();

  return {
    get watchedDirs() {
      return watchers.size;
    },
    close() {
      closed = true;
      clearTimeout(debounce);
      clearInterval(retry);
      closeAll();
      parentWatcher?.close();
    },
  };
}
