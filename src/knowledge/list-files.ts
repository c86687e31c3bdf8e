// Finding the knowledge files on disk: every *.yml / *.yaml below the folder, skipping hidden
// files and folders (editor swap files, .git). Problems come back located, never thrown.
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { ProblemCode } from "./codes.js";
import type { KnowledgeText } from "./knowledge-text.js";
import type { KnowledgeProblem } from "./model.js";

/** A path as people should see it: relative to the current folder when it is inside it. */
export function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  if (rel === "") return ".";
  if (rel.startsWith("..") || path.isAbsolute(rel)) return abs;
  return rel;
}

export type Listed =
  | { ok: true; files: KnowledgeText[] }
  | { ok: false; problem: KnowledgeProblem };

const YAML_FILE = /\.ya?ml$/i;

/** Default limit for a knowledge folder's YAML: generous (the shipped one is well under 1 MB). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export async function listKnowledgeFiles(
  dir: string,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<Listed> {
  const root = path.resolve(dir);
  const shown = displayPath(root);
  const fail = (message: string, code: ProblemCode = "KB024"): Listed => ({
    ok: false,
    problem: { file: shown, line: 1, col: 1, code, message },
  });
  try {
    const s = await stat(root);
    if (!s.isDirectory()) return fail(`knowledge folder '${shown}' is not a folder`);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return fail(
      code === "ENOENT"
        ? `knowledge folder '${shown}' does not exist`
        : `cannot read knowledge folder '${shown}' (${code ?? String(err)})`,
    );
  }
  const found: string[] = [];
  const problems: string[] = [];
  await walk(root, found, problems);
  if (problems.length > 0) return fail(problems.join("; "));
  found.sort();
  // Sized before anything is read: a runaway export must not be parsed (nor held in memory).
  let total = 0;
  for (const abs of found)
    total += await stat(abs).then(
      (s) => s.size,
      () => 0,
    );
  if (total > maxBytes) {
    return fail(
      `knowledge folder '${shown}' holds ${mb(total)} of YAML, over the limit of ${mb(maxBytes)} (KNOWLEDGE_MAX_MB); split it or raise the limit`,
      "KB033",
    );
  }
  const files: KnowledgeText[] = [];
  for (const abs of found) {
    try {
      files.push({ path: displayPath(abs), text: await readFile(abs, "utf8") });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return {
        ok: false,
        problem: {
          file: displayPath(abs),
          line: 1,
          col: 1,
          code: "KB032",
          message: `cannot read this file (${code ?? String(err)})`,
        },
      };
    }
  }
  return { ok: true, files };
}

async function walk(
  folder: string,
  found: string[],
  problems: string[],
  visited = new Set<string>(),
): Promise<void> {
  // Linked folders are followed once each, so a link loop cannot recurse forever.
  const real = await realpath(folder).catch(() => folder);
  if (visited.has(real)) return;
  visited.add(real);
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    problems.push(`cannot read folder '${displayPath(folder)}' (${code ?? String(err)})`);
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const full = path.join(folder, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const s = await stat(full);
        isDir = s.isDirectory();
        isFile = s.isFile();
      } catch {
        continue; // a dangling link is not a knowledge file
      }
    }
    if (isDir) await walk(full, found, problems, visited);
    else if (isFile && YAML_FILE.test(e.name)) found.push(full);
  }
}
