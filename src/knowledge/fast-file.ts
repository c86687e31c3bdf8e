// The fast path for one knowledge file: js-yaml (about 15 times faster than the `yaml` package's
// document parser here, see the README's benchmark) reads it into plain data, 128 records at a
// time between the item starts a line scan found (fast-layout.ts), and the same zod schemas check
// every record. It only ever accepts a file that is completely clean; anything unusual (a syntax
// error, an invalid record, anchors, tags, flow-style sections) returns undefined and the file
// goes through the precise `yaml` pass, which reports problems exactly as before. Positions needed later (a cross-file
// problem or warning) come from a lazy precise parse of just that file: see lazyRef.
import jsYaml from "js-yaml";
import type { Node } from "yaml";
import { isMap, isScalar, isSeq } from "yaml";
import { type ItemStart, MAPPING_SECTION, scanLayout } from "./fast-layout.js";
import type { KnowledgeProblem, Origin, RecordKind } from "./model.js";
import { type ParsedFile, parseYamlFile } from "./parse-yaml.js";
import type { Declared, RecordRef, ValidRecord } from "./records.js";
import {
  Id,
  QUESTION_TYPES,
  RoleDeclaration,
  type RoleDeclarationRecord,
  SECTIONS,
  SynonymGroup,
  Vocabulary,
  type VocabularyRecord,
} from "./schema.js";
import { SCHEMAS, SECTION_NAMES } from "./validate-schema.js";

/** One clean file as plain data: what the content-hash cache stores. */
export interface CleanFile {
  /** [section, index in section, line, col, validated data], in file order. */
  records: [string, number, number, number, unknown][];
  synonyms: string[][];
  /** Role declarations: [index in `roles`, line, col, validated data]. */
  roles: [number, number, number, unknown][];
  /** The `vocabulary` mapping, at most one per file: [line, col, validated data]. */
  vocabularies: [number, number, unknown][];
}

/** Anchors, aliases and tags change what a node means or where it starts: precise pass. */
const SPECIAL = /(^|[\s[{,])[&*!][^\s]/m;
const LEADING_TAB = /^[ ]*\t/m;
/** Characters js-yaml refuses wherever they are (comments included, which no piece holds). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: they are what this looks for
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;

/** Records read per js-yaml call: small enough that each piece's tree dies young. */
const PIECE = 128;

/** Reads a file the fast way; undefined when it needs the precise pass. */
export function readCleanFile(text: string): CleanFile | undefined {
  if (text.charCodeAt(0) === 0xfeff || SPECIAL.test(text) || NON_PRINTABLE.test(text)) {
    return undefined;
  }
  // A tab in a line's indentation is an error to \`yaml\` and not always to js-yaml: precise pass.
  if (LEADING_TAB.test(text)) return undefined;
  const layout = scanLayout(text);
  if (!layout) return undefined;
  const out: CleanFile = { records: [], synonyms: [], roles: [], vocabularies: [] };
  for (const section of layout) {
    const { name } = section;
    if (!SECTION_NAMES.includes(name)) return undefined;
    if (section.value === "null") continue;
    if (name === MAPPING_SECTION) {
      const at = section.items[0];
      const value = readPiece(text, section.start, section.end);
      if (section.items.length !== 1 || !at || !isPlainMap(value)) return undefined;
      if (!readVocabulary(text, value[name], at, out)) return undefined;
      continue;
    }
    const items = section.items;
    for (let first = 0; first < items.length; first += PIECE) {
      const last = Math.min(first + PIECE, items.length);
      const from = (items[first] as ItemStart)[3];
      const to = last < items.length ? (items[last] as ItemStart)[3] : section.end;
      const value = readPiece(text, from, to);
      if (!Array.isArray(value) || value.length !== last - first) return undefined;
      if (!readItems(text, name, value, items, first, out)) return undefined;
    }
  }
  return out;
}

/** One slice of the file through js-yaml; undefined on any error (the precise pass words it). */
function readPiece(text: string, from: number, to: number): unknown {
  try {
    return jsYaml.load(text.slice(from, to), { schema: jsYaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
}

/** Checks the items of one piece of a list section; false when one is not clean. */
function readItems(
  text: string,
  section: string,
  value: unknown[],
  items: readonly ItemStart[],
  first: number,
  out: CleanFile,
): boolean {
  if (section === "synonyms") {
    for (const item of value) {
      const parsed = SynonymGroup.safeParse(item);
      if (!parsed.success) return false;
      out.synonyms.push(parsed.data);
    }
    return true;
  }
  const roles = section === "roles";
  const schema = roles ? RoleDeclaration : SCHEMAS[SECTIONS[section as keyof typeof SECTIONS]];
  for (let j = 0; j < value.length; j++) {
    const item = value[j];
    const i = first + j;
    const at = items[i] as ItemStart;
    if (!isPlainMap(item)) return false;
    // The scan and the parser must agree: the record's first key is where the scan points.
    const key = Object.keys(item)[0];
    if (key === undefined || !startsWithKey(text, at[0], key)) return false;
    const parsed = schema.safeParse(item);
    if (!parsed.success) return false;
    if (roles) out.roles.push([i, at[1], at[2], parsed.data]);
    else out.records.push([section, i, at[1], at[2], parsed.data]);
  }
  return true;
}

function isPlainMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

const TYPES: readonly string[] = QUESTION_TYPES;

/** A clean `vocabulary:` mapping (schema and question types as validateVocabulary checks them). */
function readVocabulary(text: string, value: unknown, at: ItemStart, out: CleanFile): boolean {
  if (!isPlainMap(value)) return false;
  const first = Object.keys(value)[0];
  if (first === undefined || !startsWithKey(text, at[0], first)) return false;
  const parsed = Vocabulary.safeParse(value);
  if (!parsed.success) return false;
  if (Object.keys(parsed.data.cues ?? {}).some((t) => !TYPES.includes(t))) return false;
  out.vocabularies.push([at[1], at[2], parsed.data]);
  return true;
}

function startsWithKey(text: string, offset: number, key: string): boolean {
  if (!text.startsWith(key, offset)) return false;
  let i = offset + key.length;
  while (text[i] === " " || text[i] === "\t") i++;
  return text[i] === ":";
}

/** A file read the fast way, parsed precisely only if a position inside it is ever needed. */
export class LazyFile {
  private parsedFile: ParsedFile | undefined;
  constructor(
    readonly path: string,
    private readonly text: string,
  ) {}

  parsed(): ParsedFile {
    this.parsedFile ??= parseYamlFile(this.path, this.text, [] as KnowledgeProblem[]);
    return this.parsedFile;
  }

  /** The record at `index` of a list section; the section's own value when index is -1. */
  node(section: string, index: number): Node {
    const contents = this.parsed().doc?.contents;
    if (isMap(contents)) {
      for (const pair of contents.items) {
        if (!isScalar(pair.key) || String(pair.key.value) !== section) continue;
        if (index === -1 && pair.value) return pair.value as Node;
        if (isSeq(pair.value)) {
          const item = pair.value.items[index] as Node | undefined;
          if (item) return item;
        }
      }
    }
    throw new Error(`internal: record ${index + 1} of '${section}' not found in ${this.path}`);
  }
}

/** A RecordRef whose file and node are only parsed when a check asks for a position. */
export function lazyRef(file: LazyFile, section: string, index: number, origin: Origin): RecordRef {
  return {
    get file() {
      return file.parsed();
    },
    get node() {
      return file.node(section, index);
    },
    origin,
  };
}

/** The records of a clean file, shaped as validateFile would return them. */
export function cleanRecords(path: string, text: string, clean: CleanFile) {
  const file = new LazyFile(path, text);
  const records: ValidRecord[] = [];
  const ids: { id: string; kind: RecordKind; ref: RecordRef }[] = [];
  const loose: {
    kind: RecordKind;
    id: string | undefined;
    data: Record<string, unknown>;
    ref: RecordRef;
  }[] = [];
  for (const [section, index, line, col, data] of clean.records) {
    const kind = SECTIONS[section as keyof typeof SECTIONS];
    const ref = lazyRef(file, section, index, { file: path, line, col });
    const raw = (data as { id?: unknown }).id;
    const id = typeof raw === "string" && Id.safeParse(raw).success ? raw : undefined;
    if (id !== undefined) ids.push({ id, kind, ref });
    records.push({ kind, data, ref } as ValidRecord);
    loose.push({ kind, id, data: data as Record<string, unknown>, ref });
  }
  const roles: Declared<RoleDeclarationRecord>[] = clean.roles.map(([index, line, col, data]) => ({
    data: data as RoleDeclarationRecord,
    ref: lazyRef(file, "roles", index, { file: path, line, col }),
  }));
  const vocabularies: Declared<VocabularyRecord>[] = clean.vocabularies.map(
    ([line, col, data]) => ({
      data: data as VocabularyRecord,
      ref: lazyRef(file, MAPPING_SECTION, -1, { file: path, line, col }),
    }),
  );
  return { records, loose, ids, synonyms: clean.synonyms, roles, vocabularies };
}
