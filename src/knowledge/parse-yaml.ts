// Parsing one knowledge file with the `yaml` package, turning its errors into located problems
// a knowledge officer can act on. Never throws.
import { type Document, isMap, LineCounter, parseAllDocuments, type YAMLError } from "yaml";
import type { ProblemCode } from "./codes.js";
import type { KnowledgeProblem } from "./model.js";
import { FilePositions } from "./positions.js";

/** Bounds alias expansion ("billion laughs"): a knowledge file has no reason to need more. */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedFile {
  /** Path shown in messages. */
  path: string;
  text: string;
  positions: FilePositions;
  /** The document, when its top level is a mapping (possibly with syntax errors). */
  doc: Document.Parsed | undefined;
  /** True when the YAML had no syntax errors at all. */
  clean: boolean;
  /** Offsets of syntax errors, so records containing one skip field checks (which would only add noise). */
  errorOffsets: number[];
}

/** True when no syntax error falls inside `range` (a node's [start, valueEnd, end]). */
export function isCleanRange(
  file: ParsedFile,
  range: readonly number[] | undefined | null,
): boolean {
  if (file.clean) return true;
  if (!range) return false;
  const start = range[0] ?? 0;
  const end = range[2] ?? range[1] ?? start;
  return !file.errorOffsets.some((o) => o >= start && o <= end);
}

export function parseYamlFile(
  path: string,
  text: string,
  problems: KnowledgeProblem[],
): ParsedFile {
  const lines = new LineCounter();
  const positions = new FilePositions(path, lines);
  const result: ParsedFile = {
    path,
    text,
    positions,
    doc: undefined,
    clean: false,
    errorOffsets: [],
  };
  let docs: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(text, {
      lineCounter: lines,
      prettyErrors: false,
      uniqueKeys: true,
      // Warnings (e.g. a list used as a key) become problems via the schema; keep stderr clean.
      logLevel: "error",
    });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (err) {
    problems.push(
      positions.problem(0, "KB001", `could not read this file as YAML: ${String(err)}`),
    );
    return result;
  }
  const first = docs[0];
  if (!first || first.contents === null) {
    if (!first || first.errors.length === 0) {
      problems.push(
        positions.problem(
          0,
          "KB004",
          "file is empty; a knowledge file holds sections such as 'entities:' or 'terms:'",
        ),
      );
      return result;
    }
  }
  const second = docs[1];
  if (second) {
    problems.push(
      positions.problem(
        second.range[0],
        "KB003",
        "a knowledge file must hold a single YAML document; remove the '---' separator or split the file",
      ),
    );
  }
  let errorCount = 0;
  for (const doc of docs.slice(0, 1)) {
    // The parser often reports one slip several times on the same line; say it once per line.
    const linesWithError = new Set<number>();
    for (const err of doc.errors) {
      errorCount++;
      result.errorOffsets.push(err.pos[0]);
      const p = positions.problem(
        errorOffset(err, text),
        yamlErrorCode(err),
        describeYamlError(err, text),
      );
      if (p.code === "KB001" && linesWithError.has(p.line)) continue;
      if (p.code === "KB001") linesWithError.add(p.line);
      problems.push(p);
    }
  }
  if (first?.contents && !isMap(first.contents) && errorCount === 0) {
    problems.push(
      positions.problem(
        first.contents.range?.[0] ?? 0,
        "KB005",
        "the top level of a knowledge file must be sections such as 'entities:' or 'terms:', not a list or a single value",
      ),
    );
    return result;
  }
  if (first && isMap(first.contents)) result.doc = first;
  result.clean = errorCount === 0 && !second && result.doc !== undefined;
  return result;
}

const TOO_DEEP = /call stack|too deep|nest/i;

function yamlErrorCode(err: YAMLError): ProblemCode {
  if (err.code === "DUPLICATE_KEY") return "KB002";
  if (err.code === "MULTIPLE_DOCS") return "KB003";
  // The parser uses this code for nesting too deep as well as for alias bombs.
  if (err.code === "RESOURCE_EXHAUSTION") return TOO_DEEP.test(err.message) ? "KB001" : "KB025";
  return "KB001";
}

/** Plain-language wording for the YAML errors a hand-edited file typically has. */
function describeYamlError(err: YAMLError, text: string): string {
  const msg = err.message.replace(/\s+/g, " ").trim();
  switch (err.code) {
    case "DUPLICATE_KEY": {
      const key = keyAt(text, err.pos[0]);
      return key
        ? `duplicate key '${key}': each key may appear only once in the same record or section`
        : "duplicate key: each key may appear only once in the same record or section";
    }
    case "MISSING_CHAR":
      if (/quote/i.test(msg)) {
        const q = msg.includes("'quote") ? "'" : '"';
        return `YAML syntax error: this quoted text is never closed; add the closing ${q}`;
      }
      return `YAML syntax error: ${msg}`;
    case "BLOCK_AS_IMPLICIT_KEY":
      return "YAML syntax error: a value contains ': '; put the whole value in quotes";
    case "TAB_AS_INDENT":
      return "YAML syntax error: tabs cannot be used for indentation; use spaces";
    case "BAD_INDENT":
      if (/end with a \]/.test(msg)) {
        return "YAML syntax error: a [ ... ] list is not closed with ']', or its next line is not indented enough";
      }
      if (/end with a \}/.test(msg)) {
        return "YAML syntax error: a { ... } mapping is not closed with '}', or its next line is not indented enough";
      }
      return `YAML syntax error: wrong indentation (${msg})`;
    case "MULTIPLE_DOCS":
      return "a knowledge file must hold a single YAML document; remove the '---' separator";
    case "RESOURCE_EXHAUSTION":
      if (TOO_DEEP.test(msg)) {
        return "YAML nested too deeply to read (lists or mappings inside each other thousands of levels down)";
      }
      return `too many YAML aliases (*name); at most ${MAX_ALIAS_COUNT} are allowed`;
    default:
      return `YAML syntax error: ${msg}`;
  }
}

/**
 * Where to point for an error. An unclosed quote is reported by the parser at the end of the
 * file; the opening quote is where the officer must look.
 */
function errorOffset(err: YAMLError, text: string): number {
  const at = err.pos[0];
  if (err.code !== "MISSING_CHAR" || !/quote/i.test(err.message)) return at;
  const q = err.message.includes("'quote") ? "'" : '"';
  let i = text.lastIndexOf(q, Math.min(at, text.length) - 1);
  // Skip escaped quotes inside the unclosed text: \" in double quotes, '' in single quotes.
  while (i > 0) {
    if (q === '"' && text[i - 1] === "\\") i = text.lastIndexOf(q, i - 2);
    else if (q === "'" && text[i - 1] === "'") i = text.lastIndexOf(q, i - 2);
    else break;
  }
  return i >= 0 ? i : at;
}

/** The plain key text starting at `offset` (for naming a duplicate key). */
function keyAt(text: string, offset: number): string | undefined {
  const m = /^["']?([^"':\n]{1,80})/.exec(text.slice(offset, offset + 100));
  return m?.[1]?.trim() || undefined;
}
