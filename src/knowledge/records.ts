// The intermediate shapes passed between the checks: one parsed record and where it was written.
import type { Node, YAMLMap } from "yaml";
import type { ProblemCode } from "./codes.js";
import type { KnowledgeProblem, Origin, RecordKind } from "./model.js";
import { MAX_ALIAS_COUNT, type ParsedFile } from "./parse-yaml.js";
import { findNode, type PathSegment, valueOffset } from "./positions.js";
import type {
  ActivityRecord,
  EntityRecord,
  ExampleRecord,
  MembershipRecord,
  PersonRecord,
  ResourceRecord,
  SourceRecord,
  TermRecord,
} from "./schema.js";

/**
 * Where one record sits: its file and its mapping node. For a file read the fast way these are
 * getters that parse the file precisely on first use, and `origin` is known without them.
 */
export interface RecordRef {
  readonly file: ParsedFile;
  readonly node: Node;
  readonly origin?: Origin;
}

interface Valid<K extends RecordKind, T> {
  kind: K;
  data: T;
  ref: RecordRef;
}

export type ValidRecord =
  | Valid<"entity", EntityRecord>
  | Valid<"activity", ActivityRecord>
  | Valid<"membership", MembershipRecord>
  | Valid<"resource", ResourceRecord>
  | Valid<"term", TermRecord>
  | Valid<"example", ExampleRecord>
  | Valid<"source", SourceRecord>
  | Valid<"person", PersonRecord>;

/** An id as written, even on a record that failed validation (so other files can still refer to it). */
export interface SeenId {
  id: string;
  kind: RecordKind;
  ref: RecordRef;
}

/** Position of the value at `path` inside a record (its key when empty, its parent when missing). */
export function locate(ref: RecordRef, path: readonly PathSegment[]): Origin {
  const doc = ref.file.doc;
  if (!doc) return ref.file.positions.at(ref.node.range?.[0] ?? 0);
  return ref.file.positions.at(valueOffset(findNode(doc, ref.node, path)));
}

/** Position of the key at `path` (for unknown keys). */
export function locateKey(ref: RecordRef, path: readonly PathSegment[]): Origin {
  const doc = ref.file.doc;
  if (!doc) return ref.file.positions.at(ref.node.range?.[0] ?? 0);
  const found = findNode(doc, ref.node, path);
  return ref.file.positions.at(found.key?.range?.[0] ?? valueOffset(found));
}

export function problemAt(origin: Origin, code: ProblemCode, message: string): KnowledgeProblem {
  return { file: origin.file, line: origin.line, col: origin.col, code, message };
}

/** Where the record starts (its first key). */
export function originOf(ref: RecordRef): Origin {
  if (ref.origin) return ref.origin;
  return ref.file.positions.at((ref.node as YAMLMap).range?.[0] ?? 0);
}

/**
 * Any record that reads as a mapping, valid or not. Reference and name checks run on these too,
 * so a schema slip in one field does not hide a dangling reference in another.
 */
export interface LooseRecord {
  kind: RecordKind;
  id: string | undefined;
  data: Readonly<Record<string, unknown>>;
  ref: RecordRef;
}

/** The strings of a field that holds one string or a list of them (anything else is skipped). */
export function stringsAt(
  data: Readonly<Record<string, unknown>>,
  field: string,
): [value: string, index: number | undefined][] {
  const v = data[field];
  if (typeof v === "string") return [[v, undefined]];
  if (!Array.isArray(v)) return [];
  const out: [string, number | undefined][] = [];
  v.forEach((x, i) => {
    if (typeof x === "string") out.push([x, i]);
  });
  return out;
}

/** The mappings in a list field (`sources`, `former_names`). */
export function objectsAt(
  data: Readonly<Record<string, unknown>>,
  field: string,
): [value: Readonly<Record<string, unknown>>, index: number][] {
  const v = data[field];
  if (!Array.isArray(v)) return [];
  const out: [Readonly<Record<string, unknown>>, number][] = [];
  v.forEach((x, i) => {
    if (x !== null && typeof x === "object" && !Array.isArray(x)) out.push([x, i]);
  });
  return out;
}

/** A role declaration or a vocabulary section, with where it was written. */
export interface Declared<T> {
  data: T;
  ref: RecordRef;
}

/** The plain data of one node, with aliases bounded; an error message instead when it cannot be read. */
export function toData(file: ParsedFile, node: Node): { data?: unknown; error?: string } {
  try {
    return { data: node.toJS(file.doc as never, { maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    return {
      error: /alias/i.test(msg)
        ? `too many YAML aliases (*name) in this record; at most ${MAX_ALIAS_COUNT} are allowed`
        : `could not read this record: ${msg}`,
    };
  }
}
