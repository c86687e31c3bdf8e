// The fast path for one knowledge file: js-yaml (about 15 times faster than the `yaml` package's
// document parser here, see the README's benchmark) reads it into plain data, the same zod
// schemas check every record, and a line scan finds where each record starts. It only ever
// accepts a file that is completely clean; anything unusual (a syntax error, an invalid record,
// anchors, tags, flow-style sections) returns undefined and the file goes through the precise
// `yaml` pass, which reports problems exactly as before. Positions needed later (a cross-file
// problem or warning) come from a lazy precise parse of just that file: see lazyRef.
import jsYaml from "js-yaml";
import type { Node } from "yaml";
import { isMap, isScalar, isSeq } from "yaml";
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

/** A section that is one mapping rather than a list (the precise pass checks it as a block). */
const MAPPING_SECTION = "vocabulary";

/** Anchors, aliases and tags change what a node means or where it starts: precise pass. */
const SPECIAL = /(^|[\s[{,])[&*!][^\s]/m;
const LEADING_TAB = /^[ ]*\t/m;
const TOP_KEY = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(#.*)?\r?$/;
const EMPTY_FLOW = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(\[\s*\]|~|null)?[ \t]*(#.*)?\r?$/;

/** Reads a file the fast way; undefined when it needs the precise pass. */
export function readCleanFile(text: string): CleanFile | undefined {
  if (text.charCodeAt(0) === 0xfeff || SPECIAL.test(text)) return undefined;
  // A tab in a line's indentation is an error to \`yaml\` and not always to js-yaml: precise pass.
  if (LEADING_TAB.test(text)) return undefined;
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  } catch {
    return undefined; // a syntax error or a duplicate key: the precise pass words it
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
  const starts = scanRecordStarts(text);
  if (!starts) return undefined;
  const out: CleanFile = { records: [], synonyms: [], roles: [], vocabularies: [] };
  for (const [section, value] of Object.entries(data)) {
    if (!SECTION_NAMES.includes(section)) return undefined;
    if (value === null) continue;
    const offsets = starts.get(section) ?? [];
    if (section === MAPPING_SECTION) {
      const at = offsets[0];
      if (offsets.length !== 1 || !at || !readVocabulary(text, value, at, out)) return undefined;
      continue;
    }
    if (!Array.isArray(value)) return undefined;
    if (offsets.length !== value.length) return undefined;
    if (section === "synonyms") {
      for (const item of value) {
        const parsed = SynonymGroup.safeParse(item);
        if (!parsed.success) return undefined;
        out.synonyms.push(parsed.data);
      }
      continue;
    }
    const roles = section === "roles";
    const schema = roles ? RoleDeclaration : SCHEMAS[SECTIONS[section as keyof typeof SECTIONS]];
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const at = offsets[i] as [number, number, number];
      if (!isPlainMap(item)) return undefined;
      // The scan and the parser must agree: the record's first key is where the scan points.
      const first = Object.keys(item)[0];
      if (first === undefined || !startsWithKey(text, at[0], first)) return undefined;
      const parsed = schema.safeParse(item);
      if (!parsed.success) return undefined;
      if (roles) out.roles.push([i, at[1], at[2], parsed.data]);
      else out.records.push([section, i, at[1], at[2], parsed.data]);
    }
  }
  return out;
}

function isPlainMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

const TYPES: readonly string[] = QUESTION_TYPES;

/** A clean `vocabulary:` mapping (schema and question types as validateVocabulary checks them). */
function readVocabulary(
  text: string,
  value: unknown,
  at: [number, number, number],
  out: CleanFile,
): boolean {
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

/**
 * Where each block-sequence item of each top-level section starts: [offset, line, col] of its
 * first key, as the `yaml` package would report it. Undefined for any layout it does not know.
 */
function scanRecordStarts(text: string): Map<string, [number, number, number][]> | undefined {
  const starts = new Map<string, [number, number, number][]>();
  let section: string | undefined;
  let seqIndent = -1;
  let pending = false; // a "- " with nothing after it: the record starts on a later line
  let offset = 0;
  let line = 0;
  while (offset <= text.length) {
    const end = text.indexOf("\n", offset);
    const stop = end === -1 ? text.length : end;
    const raw = text.slice(offset, stop);
    line++;
    const indent = raw.length - raw.trimStart().length;
    const body = raw.trimStart();
    const blank = body === "" || body === "\r" || body.startsWith("#");
    if (!blank) {
      if (pending) {
        if (indent <= seqIndent) return undefined;
        starts.get(section as string)?.push([offset + indent, line, indent + 1]);
        pending = false;
      } else if (indent === 0 && !body.startsWith("-")) {
        if (body.startsWith("---") || body.startsWith("...") || body.startsWith("%")) {
          return undefined;
        }
        const top = TOP_KEY.exec(raw);
        if (top) {
          section = top[1] as string;
          seqIndent = -1;
          if (starts.has(section)) return undefined;
          starts.set(section, []);
        } else if (EMPTY_FLOW.test(raw)) {
          section = undefined;
        } else {
          return undefined;
        }
      } else if (section === MAPPING_SECTION) {
        // Anything indented belongs to the mapping; it starts at its first key.
        if (indent === 0) return undefined;
        const list = starts.get(section) as [number, number, number][];
        if (list.length === 0) list.push([offset + indent, line, indent + 1]);
      } else if (section !== undefined && (body === "-" || body.startsWith("- "))) {
        if (seqIndent === -1) seqIndent = indent;
        if (indent === seqIndent) {
          let at = indent + 1;
          while (raw[at] === " ") at++;
          const rest = raw.slice(at);
          if (rest === "" || rest === "\r" || rest.startsWith("#")) pending = true;
          // Synonym groups are written `- [a, b]`; they need no position (no ref), only a count.
          else if (/^[A-Za-z0-9_]/.test(rest) || section === "synonyms") {
            starts.get(section)?.push([offset + at, line, at + 1]);
          } else return undefined;
        } else if (indent < seqIndent) return undefined;
      } else if (section === undefined || indent <= seqIndent || seqIndent === -1) {
        return undefined;
      }
    }
    if (end === -1) break;
    offset = end + 1;
  }
  return pending ? undefined : starts;
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
