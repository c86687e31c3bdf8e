// Entry points: read a knowledge folder (or in-memory texts), check everything, and return either
// a frozen model or every problem at once, each located as `file:line:col`. Never throws.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  buildModel,
  buildModelSliced,
  type CheckedRecord,
  type ModelInput,
} from "./build-model.js";
import { checkConsistency } from "./check-consistency.js";
import { indexIds } from "./check-ids.js";
import { checkNames } from "./check-names.js";
import { checkQuotes, type ReadSourceFile } from "./check-quotes.js";
import { checkReferences } from "./check-references.js";
import { checkRoles } from "./check-roles.js";
import { SYNTAX_CODES } from "./codes.js";
import { cleanRecords, readCleanFile } from "./fast-file.js";
import type { KnowledgeText } from "./knowledge-text.js";
import { displayPath, listKnowledgeFiles } from "./list-files.js";
import { contentHash, LoadCache } from "./load-cache.js";
import type { KnowledgeProblem, LoadResult } from "./model.js";
import { parseYamlFile } from "./parse-yaml.js";
import {
  type Declared,
  type LooseRecord,
  originOf,
  type SeenId,
  type ValidRecord,
} from "./records.js";
import { loadKey, reuseChecked, trackingReader } from "./reuse-checked.js";
import type { RoleDeclarationRecord, VocabularyRecord } from "./schema.js";
import { SuggestBudget } from "./suggest.js";
import { type FileRecords, validateFile } from "./validate-schema.js";

export type { KnowledgeText } from "./knowledge-text.js";

export interface LoadOptions {
  /** The knowledge folder: source `file:` paths are relative to it. */
  dir?: string;
  /** Reads a source document by its path relative to the folder; defaults to the disk when `dir` is set. */
  readSourceFile?: ReadSourceFile;
  /** Cache of clean files by content hash (see load-cache.ts); none when unset. */
  cacheFile?: string;
  /** Skip the fast path: every file through the precise `yaml` pass (tests compare the two). */
  precise?: boolean;
  /** Largest folder accepted, in bytes of YAML (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
}

/** Reads every *.yml / *.yaml under `dir` (recursively, skipping dot-files) and checks it. */
export async function loadKnowledge(
  dir: string,
  opts: Omit<LoadOptions, "dir"> = {},
): Promise<LoadResult> {
  return toLoadResult(await checkKnowledge(dir, opts));
}

/** The whole check in memory. Pure apart from reading source documents through `readSourceFile`. */
export function loadKnowledgeFromTexts(
  files: readonly KnowledgeText[],
  opts: LoadOptions = {},
): LoadResult {
  return toLoadResult(checkTexts(files, opts));
}

/** What the checks produce: the model's plain inputs (they cross a worker boundary), or problems. */
export type CheckResult =
  | { ok: true; input: ModelInput; warnings: KnowledgeProblem[] }
  | { ok: false; problems: readonly KnowledgeProblem[] };

/** Builds the frozen model from a successful check (the cheap part of a load). */
export function toLoadResult(checked: CheckResult): LoadResult {
  if (!checked.ok) return checked;
  return {
    ok: true,
    model: buildModel(checked.input),
    warnings: Object.freeze(checked.warnings),
  };
}

/** toLoadResult for a running bot: the model is built in slices between questions. */
export async function toLoadResultSliced(checked: CheckResult): Promise<LoadResult> {
  if (!checked.ok) return checked;
  return {
    ok: true,
    model: await buildModelSliced(checked.input),
    warnings: Object.freeze(checked.warnings),
  };
}

/** Lists, reads and checks a folder without building the model (what the reload worker runs). */
export async function checkKnowledge(
  dir: string,
  opts: Omit<LoadOptions, "dir"> = {},
): Promise<CheckResult> {
  const listed = await listKnowledgeFiles(dir, opts.maxBytes);
  if (!listed.ok) return { ok: false, problems: [listed.problem] };
  return checkTexts(listed.files, { ...opts, dir });
}

function checkTexts(files: readonly KnowledgeText[], opts: LoadOptions): CheckResult {
  try {
    return run(files, opts);
  } catch (err) {
    // A bug in a check must not take the bot down; report it like any other problem.
    const where = files[0]?.path ?? opts.dir ?? "knowledge";
    const detail = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      problems: [
        {
          file: where,
          line: 1,
          col: 1,
          code: "KB099",
          message: `internal error while checking: ${detail}`,
        },
      ],
    };
  }
}

function run(files: readonly KnowledgeText[], opts: LoadOptions): CheckResult {
  const problems: KnowledgeProblem[] = [];
  const warnings: KnowledgeProblem[] = [];
  const dir = opts.dir === undefined ? "" : path.resolve(opts.dir);
  const ordered = [...files].sort((a, b) => compare(a.path, b.path));
  if (ordered.length === 0) {
    const shown = opts.dir === undefined ? "knowledge" : displayPath(dir);
    return {
      ok: false,
      problems: [
        {
          file: shown,
          line: 1,
          col: 1,
          code: "KB024",
          message: `no knowledge files (*.yml or *.yaml) found in '${shown}'`,
        },
      ],
    };
  }

  const base = { version: versionOf(ordered, dir), dir, files: ordered.map((f) => f.path) };
  const disk = opts.readSourceFile ?? (opts.dir === undefined ? undefined : diskReader(dir));
  const cache = opts.cacheFile && !opts.precise ? LoadCache.open(opts.cacheFile) : undefined;
  const hashes = cache ? ordered.map((f) => contentHash(f.text)) : [];
  if (cache && disk) {
    const reused = reuseChecked(cache, ordered, hashes, disk, base);
    if (reused) return reused;
  }

  const records: ValidRecord[] = [];
  const loose: LooseRecord[] = [];
  const ids: SeenId[] = [];
  const synonyms: string[][] = [];
  const roles: Declared<RoleDeclarationRecord>[] = [];
  const vocabularies: Declared<VocabularyRecord>[] = [];
  let allClean = true;
  ordered.forEach((f, i) => {
    let found = opts.precise ? undefined : fastFile(f, cache, hashes[i] ?? "");
    if (!found) {
      allClean = false;
      found = preciseFile(f, problems);
    }
    for (const r of found.records) records.push(r);
    for (const r of found.loose) loose.push(r);
    for (const id of found.ids) ids.push(id);
    for (const s of found.synonyms) synonyms.push(s);
    for (const r of found.roles) roles.push(r);
    for (const v of found.vocabularies) vocabularies.push(v);
  });

  const budget = new SuggestBudget();
  const index = indexIds(ids, problems);
  checkReferences(loose, index, problems, budget);
  checkRoles(loose, roles, problems);
  checkNames(loose, problems, warnings);
  checkConsistency(records, problems, warnings);
  const sources: Record<string, string | null> = {};
  checkQuotes(records, disk && cache ? trackingReader(disk, sources) : disk, problems);

  const sorted = sortProblems(warnings);
  if (cache) {
    if (problems.length === 0 && allClean && disk) {
      cache.setLast({ key: loadKey(ordered, hashes), sources, warnings: sorted });
    }
    cache.save();
  }
  if (problems.length > 0) return { ok: false, problems: Object.freeze(sortProblems(problems)) };
  const input: ModelInput = {
    ...base,
    records: records.map((r) => ({
      kind: r.kind,
      data: r.data as CheckedRecord["data"],
      origin: originOf(r.ref),
    })),
    synonyms,
    roles: roles.map((r) => r.data),
    vocabularies: vocabularies.map((v) => v.data),
  };
  return { ok: true, input, warnings: sorted };
}

/** A clean file from the cache or the fast parser; undefined when it needs the precise pass. */
function fastFile(
  f: KnowledgeText,
  cache: LoadCache | undefined,
  hash: string,
): FileRecords | undefined {
  let clean = cache?.get(hash);
  if (!clean) {
    clean = readCleanFile(f.text);
    if (clean && cache) cache.set(hash, clean);
  }
  return clean ? cleanRecords(f.path, f.text, clean) : undefined;
}

/** Today's located pass with the `yaml` package: every problem with its exact position. */
function preciseFile(f: KnowledgeText, problems: KnowledgeProblem[]): FileRecords {
  return validateFile(parseYamlFile(f.path, f.text, problems), problems);
}

function diskReader(dir: string): ReadSourceFile {
  return (rel) => {
    try {
      return readFileSync(path.resolve(dir, rel), "utf8");
    } catch {
      return undefined;
    }
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * YAML syntax problems first (they cause most of the rest), then every other problem; each group
 * sorted by file, then line, then column. Identical problems are reported once.
 */
export function sortProblems(list: KnowledgeProblem[]): KnowledgeProblem[] {
  const rank = (p: KnowledgeProblem) => (SYNTAX_CODES.has(p.code) ? 0 : 1);
  const sorted = [...list].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compare(a.file, b.file) ||
      a.line - b.line ||
      a.col - b.col ||
      compare(a.message, b.message),
  );
  return sorted.filter((p, i) => {
    const prev = sorted[i - 1];
    return (
      !prev ||
      prev.file !== p.file ||
      prev.line !== p.line ||
      prev.col !== p.col ||
      prev.message !== p.message
    );
  });
}

/** Short content hash of the (path relative to the folder, text) pairs, in path order. */
function versionOf(files: readonly KnowledgeText[], dir: string): string {
  const hash = createHash("sha256");
  const pairs = files
    .map((f) => ({ rel: relToDir(f.path, dir), text: f.text }))
    .sort((a, b) => compare(a.rel, b.rel));
  for (const { rel, text } of pairs) {
    hash.update(rel);
    hash.update("\0");
    hash.update(text);
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 12);
}

function relToDir(p: string, dir: string): string {
  if (dir === "") return p.split(path.sep).join("/");
  return path.relative(dir, path.resolve(p)).split(path.sep).join("/");
}
