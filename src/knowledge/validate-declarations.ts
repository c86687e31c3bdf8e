// Checks the blocks of a file that are not records: role declarations (`roles:`) and the
// folder's question vocabulary (`vocabulary:`). Same wording and codes as record problems.
import type { Node } from "yaml";
import type { z } from "zod";
import { describeIssue, valueAt } from "./describe-issue.js";
import type { KnowledgeProblem } from "./model.js";
import { isCleanRange, type ParsedFile } from "./parse-yaml.js";
import type { PathSegment } from "./positions.js";
import { type Declared, locate, locateKey, problemAt, type RecordRef, toData } from "./records.js";
import {
  QUESTION_TYPES,
  type QuestionType,
  RoleDeclaration,
  type RoleDeclarationRecord,
  Vocabulary,
  type VocabularyRecord,
} from "./schema.js";
import { didYouMean } from "./suggest.js";
import { reportUnknownKeys } from "./unknown-keys.js";

/** Checks one non-record block (a role declaration, a vocabulary section) against its schema. */
function validateBlock<T>(
  file: ParsedFile,
  node: Node,
  schema: z.ZodType<T>,
  what: string,
  problems: KnowledgeProblem[],
): { found?: Declared<T>; raw?: unknown } {
  const ref: RecordRef = { file, node };
  const { data, error } = toData(file, node);
  if (error) {
    problems.push(problemAt(locate(ref, []), "KB025", error));
    return {};
  }
  if (!isCleanRange(file, node.range)) return {};
  const parsed = schema.safeParse(data);
  if (parsed.success) return { found: { data: parsed.data, ref }, raw: data };
  for (const issue of parsed.error.issues) {
    const path = issue.path as PathSegment[];
    if (issue.code === "unrecognized_keys") {
      reportUnknownKeys(schema, ref, path, issue.keys, problems);
      continue;
    }
    const d = describeIssue(issue, valueAt(data, path), what);
    problems.push(problemAt(locate(ref, path), d.code, d.message));
  }
  return { raw: data };
}

export function validateRoleDeclaration(
  file: ParsedFile,
  node: Node,
  problems: KnowledgeProblem[],
  out: { roles: Declared<RoleDeclarationRecord>[] },
): void {
  const { found } = validateBlock(file, node, RoleDeclaration, "each role under 'roles'", problems);
  if (found) out.roles.push(found);
}

const TYPES: readonly string[] = QUESTION_TYPES;

export function validateVocabulary(
  file: ParsedFile,
  node: Node,
  problems: KnowledgeProblem[],
  out: { vocabularies: Declared<VocabularyRecord>[] },
): void {
  const { found, raw } = validateBlock(file, node, Vocabulary, "'vocabulary'", problems);
  const cues = valueAt(raw, ["cues"]);
  let ok = true;
  for (const type of cues !== null && typeof cues === "object" ? Object.keys(cues) : []) {
    if (TYPES.includes(type as QuestionType)) continue;
    ok = false;
    const hint = didYouMean(type, TYPES);
    problems.push(
      problemAt(
        locateKey({ file, node }, ["cues", type]),
        "KB028",
        `unknown question type '${type}'${hint}${hint ? "" : `; question types are: ${TYPES.join(", ")}`}`,
      ),
    );
  }
  if (ok && found) out.vocabularies.push(found);
}
