// The restart/reload shortcut: when the files (paths and contents) and the source documents the
// quote check read are exactly those of the last load that passed every check, that load's
// result is rebuilt from the cache without parsing or checking anything again.
import type { CheckedRecord, ModelInput } from "./build-model.js";
import type { ReadSourceFile } from "./check-quotes.js";
import type { KnowledgeText } from "./knowledge-text.js";
import { type CheckedLoad, contentHash, type LoadCache } from "./load-cache.js";
import type { KnowledgeProblem } from "./model.js";
import { type RoleDeclarationRecord, SECTIONS, type VocabularyRecord } from "./schema.js";

export function loadKey(files: readonly KnowledgeText[], hashes: readonly string[]): string {
  return files.map((f, i) => `${f.path}\0${hashes[i]}`).join("\n");
}

/** A reader that notes the hash of every source document it hands out. */
export function trackingReader(
  reader: ReadSourceFile,
  seen: Record<string, string | null>,
): ReadSourceFile {
  return (rel) => {
    const text = reader(rel);
    seen[rel] = text === undefined ? null : contentHash(text);
    return text;
  };
}

export function reuseChecked(
  cache: LoadCache,
  files: readonly KnowledgeText[],
  hashes: readonly string[],
  reader: ReadSourceFile,
  base: Omit<ModelInput, "records" | "synonyms" | "roles" | "vocabularies">,
): { ok: true; input: ModelInput; warnings: KnowledgeProblem[] } | undefined {
  const last: CheckedLoad | undefined = cache.last;
  if (!last || last.key !== loadKey(files, hashes)) return undefined;
  for (const [rel, hash] of Object.entries(last.sources)) {
    const text = reader(rel);
    if ((text === undefined ? null : contentHash(text)) !== hash) return undefined;
  }
  const records: CheckedRecord[] = [];
  const synonyms: string[][] = [];
  const roles: RoleDeclarationRecord[] = [];
  const vocabularies: VocabularyRecord[] = [];
  for (let i = 0; i < files.length; i++) {
    const entry = cache.get(hashes[i] as string);
    if (!entry) return undefined;
    const file = (files[i] as KnowledgeText).path;
    for (const [section, , line, col, data] of entry.records) {
      const kind = SECTIONS[section as keyof typeof SECTIONS];
      records.push({ kind, data: data as CheckedRecord["data"], origin: { file, line, col } });
    }
    for (const s of entry.synonyms) synonyms.push(s);
    for (const r of entry.roles) roles.push(r[3] as RoleDeclarationRecord);
    for (const v of entry.vocabularies) vocabularies.push(v[2] as VocabularyRecord);
  }
  const input = { ...base, records, synonyms, roles, vocabularies };
  return { ok: true, input, warnings: last.warnings };
}
