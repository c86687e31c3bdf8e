// Reads and validates question-vocabulary files, reporting every problem as file:line:col like
// the knowledge checker does, then compiles them into one Lexicon. The built-in files beside this
// module are read once, at import: a bad edit stops start-up with a located message.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { formatProblem, type KnowledgeProblem } from "../../knowledge/model.js";
import { parseYamlFile } from "../../knowledge/parse-yaml.js";
import { findNode, valueOffset } from "../../knowledge/positions.js";
import { compileLexicon, type LexiconSource } from "./compile.js";
import type { Lexicon } from "./lexicon.js";
import { LexiconFile } from "./schema.js";

export const BUILTIN_LEXICON_FILES = ["en.yml", "fr.yml"] as const;

export class LexiconError extends Error {
  readonly code = "LEXICON_INVALID";
  constructor(readonly problems: readonly KnowledgeProblem[]) {
    super(`The question vocabulary does not load:\n${problems.map(formatProblem).join("\n")}`);
  }
}

/** Parses and validates one vocabulary file's text; problems are appended, never thrown. */
export function readLexiconSource(
  path: string,
  text: string,
  problems: KnowledgeProblem[],
): LexiconSource | undefined {
  const before = problems.length;
  const file = parseYamlFile(path, text, problems);
  if (!file.doc || problems.length > before) return undefined;
  const parsed = LexiconFile.safeParse(file.doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const segs = issue.path.filter((x): x is string | number => typeof x !== "symbol");
      const root = file.doc.contents as never;
      if (issue.code === "unrecognized_keys") {
        // Point at each unknown key itself: that is where the typo is.
        for (const key of issue.keys) {
          const found = findNode(file.doc, root, [...segs, key]);
          const at = found.key?.range?.[0] ?? valueOffset(found);
          const where = segs.length > 0 ? ` in ${segs.join(".")}` : "";
          problems.push(file.positions.problem(at, "KB008", `unknown key '${key}'${where}`));
        }
        continue;
      }
      const at = valueOffset(findNode(file.doc, root, segs));
      problems.push(
        file.positions.problem(at, "KB010", `${segs.join(".") || "file"}: ${issue.message}`),
      );
    }
    return undefined;
  }
  const doc = file.doc;
  return {
    path,
    data: parsed.data,
    locate: (segs) => file.positions.at(valueOffset(findNode(doc, doc.contents as never, segs))),
  };
}

const here = dirname(fileURLToPath(import.meta.url));

/** Beside this module when run from source; in dist/lexicon (or ../lexicon) when bundled. */
function builtinPath(name: string): string {
  const candidates = [
    join(here, name),
    join(here, "lexicon", name),
    join(here, "..", "lexicon", name),
  ];
  return candidates.find((p) => existsSync(p)) ?? (candidates[0] as string);
}

/** The validated built-in files, kept so a knowledge folder's words can be compiled on top. */
export const BUILTIN_SOURCES: LexiconSource[] = [];

function loadBuiltin(): Lexicon {
  const problems: KnowledgeProblem[] = [];
  const sources = BUILTIN_SOURCES;
  for (const name of BUILTIN_LEXICON_FILES) {
    const path = builtinPath(name);
    const shown = relative(process.cwd(), path) || path;
    const src = readLexiconSource(shown, readFileSync(path, "utf8"), problems);
    if (src) sources.push(src);
  }
  const lex = problems.length === 0 ? compileLexicon(sources, problems) : undefined;
  if (!lex || problems.length > 0) throw new LexiconError(problems);
  return lex;
}

/** The engine's own vocabulary (English and French), validated at import. */
export const BUILTIN_LEXICON: Lexicon = loadBuiltin();
