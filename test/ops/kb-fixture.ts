// A small, valid knowledge folder written to a temporary directory, for tests that edit real files.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const SOURCES_YML = `sources:
  - id: test-note
    title: Test note
    kind: note
    summary: Facts made up for the tests.
`;

export function entitiesYml(summary = "The first test entity.", extraId?: string): string {
  const extra = extraId
    ? `  - id: ${extraId}
    name: Extra ${extraId}
    kind: office
    summary: Added by a test.
    sources:
      - source: test-note
`
    : "";
  return `entities:
  - id: alpha
    name: Alpha Office
    acronyms: [ALPHA]
    kind: office
    summary: ${summary}
    sources:
      - source: test-note
${extra}`;
}

/** Makes a fresh temporary knowledge folder; returns its path. */
export function makeKnowledgeDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fp-kb-"));
  fs.writeFileSync(path.join(dir, "sources.yml"), SOURCES_YML);
  fs.writeFileSync(path.join(dir, "entities.yml"), entitiesYml());
  return dir;
}

/** Saves the way many editors do: write a temporary file, then rename it over the original. */
export function saveByRename(file: string, text: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}
