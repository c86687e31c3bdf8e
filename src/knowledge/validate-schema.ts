// Checks each record of one file against the zod schema, record by record, so one bad record
// never hides the problems of another and the valid ones still take part in cross-file checks.
import { isMap, isScalar, isSeq, type Node } from "yaml";
import type { z } from "zod";
import { allowedKeysAt, describeIssue, valueAt } from "./describe-issue.js";
import type { KnowledgeProblem, RecordKind } from "./model.js";
import { isCleanRange, type ParsedFile } from "./parse-yaml.js";
import type { PathSegment } from "./positions.js";
import {
  type Declared,
  type LooseRecord,
  locate,
  problemAt,
  type RecordRef,
  type SeenId,
  toData,
  type ValidRecord,
} from "./records.js";
import {
  Activity,
  Entity,
  Example,
  Id,
  KnowledgeFile,
  Membership,
  Person,
  Resource,
  type RoleDeclarationRecord,
  SECTIONS,
  Source,
  SynonymGroup,
  Term,
  type VocabularyRecord,
} from "./schema.js";
import { closest, didYouMean } from "./suggest.js";
import { reportUnknownKeys } from "./unknown-keys.js";
import { validateRoleDeclaration, validateVocabulary } from "./validate-declarations.js";

export const SCHEMAS: Record<RecordKind, z.ZodType> = {
  entity: Entity,
  activity: Activity,
  membership: Membership,
  resource: Resource,
  term: Term,
  example: Example,
  source: Source,
  person: Person,
};

export const SECTION_NAMES = Object.keys(KnowledgeFile.shape);

export interface FileRecords {
  records: ValidRecord[];
  loose: LooseRecord[];
  ids: SeenId[];
  synonyms: string[][];
  roles: Declared<RoleDeclarationRecord>[];
  vocabularies: Declared<VocabularyRecord>[];
}

export function validateFile(file: ParsedFile, problems: KnowledgeProblem[]): FileRecords {
  const out: FileRecords = {
    records: [],
    loose: [],
    ids: [],
    synonyms: [],
    roles: [],
    vocabularies: [],
  };
  const doc = file.doc;
  if (!doc || !isMap(doc.contents)) return out;
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as Node | null;
    const section = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const at = (node: Node | null | undefined) => file.positions.at(node?.range?.[0] ?? 0);
    if (!SECTION_NAMES.includes(section)) {
      if (isCleanRange(file, keyNode?.range)) {
        problems.push(
          problemAt(
            at(keyNode),
            "KB006",
            `unknown section '${section}'${didYouMean(section, SECTION_NAMES)}; sections are: ${SECTION_NAMES.join(", ")}`,
          ),
        );
      }
      continue;
    }
    const value = pair.value as Node | null;
    if (value === null || (isScalar(value) && value.value === null)) continue; // `entities:` with nothing yet
    if (section === "vocabulary") {
      validateVocabulary(file, value, problems, out);
      continue;
    }
    if (!isSeq(value)) {
      if (isCleanRange(file, value.range)) {
        problems.push(
          problemAt(
            at(value),
            "KB007",
            `'${section}' should be a list, each item starting with '- ' on its own line`,
          ),
        );
      }
      continue;
    }
    if (section === "synonyms") {
      validateSynonyms(file, value.items as Node[], problems, out);
      continue;
    }
    if (section === "roles") {
      for (const item of value.items as Node[]) validateRoleDeclaration(file, item, problems, out);
      continue;
    }
    const kind = SECTIONS[section as keyof typeof SECTIONS];
    value.items.forEach((item, index) => {
      validateRecord(file, kind, section, item as Node, index, problems, out);
    });
  }
  return out;
}

function validateRecord(
  file: ParsedFile,
  kind: RecordKind,
  section: string,
  node: Node,
  index: number,
  problems: KnowledgeProblem[],
  out: FileRecords,
): void {
  const ref: RecordRef = { file, node };
  const { data, error } = toData(file, node);
  if (error) {
    problems.push(problemAt(locate(ref, []), "KB025", error));
    return;
  }
  // A readable id is registered even when the record is invalid, so references to it do not
  // cascade into "unknown" problems elsewhere.
  const rawId = valueAt(data, ["id"]);
  const id = typeof rawId === "string" && Id.safeParse(rawId).success ? rawId : undefined;
  if (id !== undefined) out.ids.push({ id, kind, ref });
  if (!isCleanRange(file, node.range)) return; // syntax error already reported; skip the noise
  const schema = SCHEMAS[kind];
  const parsed = schema.safeParse(data);
  if (parsed.success) {
    out.records.push({ kind, data: parsed.data, ref } as ValidRecord);
    out.loose.push({ kind, id, data: parsed.data as Record<string, unknown>, ref });
    return;
  }
  if (data !== null && typeof data === "object" && !Array.isArray(data)) {
    out.loose.push({ kind, id, data: data as Record<string, unknown>, ref });
  }
  // A misspelt key explains a "missing" field: say it once, at the misspelling.
  const suggestedKeys = new Set<string>();
  for (const issue of parsed.error.issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const allowed = allowedKeysAt(schema, issue.path as PathSegment[]);
    for (const key of issue.keys) {
      const suggestion = closest(key, allowed);
      if (suggestion !== undefined) suggestedKeys.add([...issue.path, suggestion].join("."));
    }
  }
  const what = `item ${index + 1} of '${section}'`;
  for (const issue of parsed.error.issues) {
    const path = issue.path as PathSegment[];
    if (issue.code === "unrecognized_keys") {
      reportUnknownKeys(schema, ref, path, issue.keys, problems);
      continue;
    }
    const value = valueAt(data, path);
    if (value === undefined && suggestedKeys.has(path.join("."))) continue;
    const { code, message } = describeIssue(issue, value, what);
    problems.push(problemAt(locate(ref, path), code, message));
  }
}

function validateSynonyms(
  file: ParsedFile,
  items: Node[],
  problems: KnowledgeProblem[],
  out: FileRecords,
): void {
  items.forEach((node) => {
    const ref: RecordRef = { file, node };
    const { data, error } = toData(file, node);
    if (error) {
      problems.push(problemAt(locate(ref, []), "KB025", error));
      return;
    }
    if (!isCleanRange(file, node.range)) return;
    const parsed = SynonymGroup.safeParse(data);
    if (parsed.success) {
      out.synonyms.push(parsed.data);
      return;
    }
    for (const issue of parsed.error.issues) {
      const path = issue.path as PathSegment[];
      const d =
        issue.path.length === 0 && issue.code === "invalid_type"
          ? {
              code: "KB010" as const,
              message:
                "each synonym group should be a list of words, e.g. [evaluation, assessment]",
            }
          : describeIssue(issue, valueAt(data, path), "synonym group");
      problems.push(problemAt(locate(ref, path), d.code, d.message));
    }
  });
}
