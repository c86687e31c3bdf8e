// A cache of clean files keyed by a hash of their content, so a restart or a reload re-reads
// only the files that changed. It holds only files that passed the per-file checks; the checks
// across files (ids, references, names, quotes) run on every load. One JSON file, written
// atomically (temp file + rename) and only when its contents changed; anything unreadable,
// from another program version or another schema, is ignored and rebuilt.
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import path from "node:path";
import type { CleanFile } from "./fast-file.js";
import type { KnowledgeProblem } from "./model.js";

/** Bump when CleanFile's shape or the fast path's meaning changes. */
const FORMAT = 2;

let fingerprint: string | undefined;

/**
 * The format plus the text of the schema and the fast path, so a changed check drops the cache.
 * In a bundle (dist/) those files are not beside this code: the bundle's own text stands in.
 */
function cacheFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash("sha256").update(String(FORMAT));
  let found = false;
  for (const name of [
    "schema",
    "schema-parts",
    "schema-vocabulary",
    "fast-file",
    "fast-layout",
    "validate-schema",
  ]) {
    for (const ext of [".ts", ".js"]) {
      try {
        hash.update(readFileSync(new URL(`./${name}${ext}`, import.meta.url)));
        found = true;
      } catch {
        // not present in this form
      }
    }
  }
  if (!found) {
    try {
      hash.update(readFileSync(new URL(import.meta.url)));
    } catch {
      // nothing readable: the format number still applies
    }
  }
  fingerprint = hash.digest("hex").slice(0, 16);
  return fingerprint;
}

export function contentHash(text: string): string {
  return createHash("sha1").update(text).digest("base64url");
}

/**
 * The last load that passed every check across files, when all its files were clean: the same
 * files (by path and content) and the same source documents pass again without re-checking.
 */
export interface CheckedLoad {
  /** Display paths and content hashes of the files, in load order. */
  key: string;
  /** Content hashes of the source documents the quote check read (undefined: missing). */
  sources: Record<string, string | null>;
  warnings: KnowledgeProblem[];
}

export class LoadCache {
  private readonly entries: Map<string, CleanFile>;
  private readonly used = new Map<string, CleanFile>();
  private changed = false;
  last: CheckedLoad | undefined;

  private constructor(
    readonly file: string,
    entries: Map<string, CleanFile>,
    last: CheckedLoad | undefined,
  ) {
    this.entries = entries;
    this.last = last;
  }

  /** Opens the cache file (missing or unreadable: empty). Never throws. */
  static open(file: string): LoadCache {
    const entries = new Map<string, CleanFile>();
    let last: CheckedLoad | undefined;
    try {
      const raw = JSON.parse(readFileSync(file, "utf8")) as {
        fingerprint?: unknown;
        files?: Record<string, CleanFile>;
        last?: CheckedLoad;
      };
      if (raw.fingerprint === cacheFingerprint() && raw.files && typeof raw.files === "object") {
        for (const [hash, entry] of Object.entries(raw.files)) {
          const lists = [entry?.records, entry?.synonyms, entry?.roles, entry?.vocabularies];
          if (lists.every((l) => Array.isArray(l))) {
            entries.set(hash, entry);
          }
        }
        const l = raw.last;
        if (typeof l?.key === "string" && Array.isArray(l.warnings) && l.sources) last = l;
      }
    } catch {
      // no cache yet, or a damaged one: start empty
    }
    return new LoadCache(file, entries, last);
  }

  get(hash: string): CleanFile | undefined {
    const hit = this.entries.get(hash);
    if (hit) this.used.set(hash, hit);
    return hit;
  }

  set(hash: string, entry: CleanFile): void {
    this.used.set(hash, entry);
    this.changed = true;
  }

  /** Remembers (or, with undefined, forgets) the last fully checked load. */
  setLast(last: CheckedLoad | undefined): void {
    if (JSON.stringify(last) !== JSON.stringify(this.last)) this.changed = true;
    this.last = last;
  }

  /** Writes the entries this load used (files since removed drop out). Best effort. */
  save(): void {
    if (!this.changed && this.used.size === this.entries.size) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      // Written record by record: one JSON.stringify of a 100,000-record cache (or even of one
      // large file's entry) would be a string of many megabytes at the load's peak memory.
      const fd = openSync(tmp, "w");
      try {
        const head = { fingerprint: cacheFingerprint(), last: this.last };
        writeSync(fd, `${JSON.stringify(head).slice(0, -1)},"files":{`);
        let first = true;
        for (const [hash, entry] of this.used) {
          writeSync(fd, `${first ? "" : ","}${JSON.stringify(hash)}:`);
          writeEntry(fd, entry);
          first = false;
        }
        writeSync(fd, "}}");
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, this.file);
    } catch {
      // a read-only data folder only costs speed
    }
  }
}

/** One entry as JSON, written a few hundred records at a time. */
function writeEntry(fd: number, entry: CleanFile): void {
  const { records, ...rest } = entry;
  const head = JSON.stringify(rest);
  writeSync(fd, `${head === "{}" ? "{" : `${head.slice(0, -1)},`}"records":[`);
  for (let i = 0; i < records.length; i += 256) {
    const part = JSON.stringify(records.slice(i, i + 256)).slice(1, -1);
    writeSync(fd, `${i === 0 ? "" : ","}${part}`);
  }
  writeSync(fd, "]}");
}
