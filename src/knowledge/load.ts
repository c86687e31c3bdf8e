// Entry points: read a knowledge folder (or in-memory texts), check everything, and return either
// a frozen model or every problem at once, each located as `file:line:col`. Never throws.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildModel } from "./build-model.js";
import { checkConsistency } from "./check-consistency.js";
import { indexIds } from "./check-ids.js";
import { checkNames } from "./check-names.js";
import { checkQuotes, type ReadSourceFile } from "./check-quotes.js";
import { checkReferences } from "./check-references.js";
import { checkRoles } from "./check-roles.js";
import { SYNTAX_CODES } from "./codes.js";
import { displayPath, listKnowledgeFiles } from "./list-files.js";
import type { KnowledgeProblem, LoadResult } from "./model.js";
import { parseYamlFile } from "./parse-yaml.js";
import type { Declared, LooseRecord, SeenId, ValidRecord } from "./records.js";
import type { RoleDeclarationRecord, VocabularyRecord } from "./schema.js";
import { SuggestBudget } from "./suggest.js";
import { validateFile } from "./validate-schema.js";

export interface KnowledgeText {
  /** Path shown in messages (relative to the cwd when possible). */
  path: string;
  text: string;
}

export interface LoadOptions {
  /** The knowledge folder: source `file:` paths are relative to it. */
  dir?: string;
  /** Reads a source document by its path relative to the folder; defaults to the disk when `dir` is set. */
  readSourceFile?: ReadSourceFile;
}

/** Reads every *.yml / *.yaml under `dir` (recursively, skipping dot-files) and checks it. */
export async function loadKnowledge(dir: string): Promise<LoadResult> {
  const listed = await listKnowledgeFiles(dir);
  if (!listed.ok) return { ok: false, problems: [listed.problem] };
  return loadKnowledgeFromTexts(listed.files, { dir });
}

/** The whole check in memory. Pure apart from reading source documents through `readSourceFile`. */
export function loadKnowledgeFromTexts(
  files: readonly KnowledgeText[],
  opts: LoadOptions = {},
): LoadResult {
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

function run(files: readonly KnowledgeText[], opts: LoadOptions): LoadResult {
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

  const records: ValidRecord[] = [];
  const loose: LooseRecord[] = [];
  const ids: SeenId[] = [];
  const synonyms: string[][] = [];
  const roles: Declared<RoleDeclarationRecord>[] = [];
  const vocabularies: Declared<VocabularyRecord>[] = [];
  for (const f of ordered) {
    const parsed = parseYamlFile(f.path, f.text, problems);
    const found = validateFile(parsed, problems);
    for (const r of found.records) records.push(r);
    for (const r of found.loose) loose.push(r);
    for (const i of found.ids) ids.push(i);
    for (const s of found.synonyms) synonyms.push(s);
    for (const r of found.roles) roles.push(r);
    for (const v of found.vocabularies) vocabularies.push(v);
  }

  const budget = new SuggestBudget();
  const index = indexIds(ids, problems);
  checkReferences(loose, index, problems, budget);
  checkRoles(loose, roles, problems);
  checkNames(loose, problems, warnings);
  checkConsistency(records, problems, warnings);
  const reader = opts.readSourceFile ?? (opts.dir === undefined ? undefined : diskReader(dir));
  checkQuotes(records, reader, problems);

  if (problems.length > 0) return { ok: false, problems: Object.freeze(sortProblems(problems)) };
  const model = buildModel({
    version: versionOf(ordered, dir),
    dir,
    files: ordered.map((f) => f.path),
    records,
    synonyms,
    roles: roles.map((r) => r.data),
    vocabularies: vocabularies.map((v) => v.data),
  });
  return { ok: true, model, warnings: Object.freeze(sortProblems(warnings)) };
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
