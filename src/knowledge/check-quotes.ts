// A quote is only evidence if the source document really says it. Compared after collapsing
// whitespace and straightening curly quotes, so line breaks and typography never cause false alarms.
import type { KnowledgeProblem } from "./model.js";
import { locate, problemAt, type ValidRecord } from "./records.js";
import type { SourceRecord } from "./schema.js";

export type ReadSourceFile = (relPath: string) => string | undefined;

export function normalizeQuoteText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Checks each citation quote against its source's `file`. Without a reader (in-memory loads with
 * no folder) quotes cannot be checked and are skipped.
 */
export function checkQuotes(
  records: readonly ValidRecord[],
  readSourceFile: ReadSourceFile | undefined,
  problems: KnowledgeProblem[],
): void {
  if (!readSourceFile) return;
  const sources = new Map<string, Extract<ValidRecord, { kind: "source" }>>();
  for (const rec of records) if (rec.kind === "source") sources.set(rec.data.id, rec);

  const texts = new Map<string, string | undefined>();
  const textOf = (src: SourceRecord): string | undefined => {
    const file = src.file as string;
    if (!texts.has(file)) {
      let text: string | undefined;
      try {
        text = readSourceFile(file);
      } catch {
        text = undefined;
      }
      texts.set(file, text === undefined ? undefined : normalizeQuoteText(text));
    }
    return texts.get(file);
  };

  // Every source file must exist, cited or not.
  for (const src of sources.values()) {
    if (src.data.file !== undefined && textOf(src.data) === undefined) {
      problems.push(
        problemAt(
          locate(src.ref, ["file"]),
          "KB023",
          `source file '${src.data.file}' not found (it is looked up relative to the knowledge folder)`,
        ),
      );
    }
  }

  const checkOne = (
    rec: ValidRecord,
    source: string,
    quote: string | undefined,
    path: (string | number)[],
  ) => {
    if (quote === undefined) return;
    const src = sources.get(source);
    if (!src || src.data.file === undefined) return;
    const text = textOf(src.data);
    if (text === undefined) return; // already reported on the source
    if (!text.includes(normalizeQuoteText(quote))) {
      problems.push(
        problemAt(locate(rec.ref, path), "KB022", `quote not found in source '${source}'`),
      );
    }
  };

  for (const rec of records) {
    if (rec.kind === "source") continue;
    rec.data.sources?.forEach((c, i) => {
      checkOne(rec, c.source, c.quote, ["sources", i, "quote"]);
    });
    if (rec.kind === "entity") {
      rec.data.former_names?.forEach((f, i) => {
        f.sources?.forEach((c, j) => {
          checkOne(rec, c.source, c.quote, ["former_names", i, "sources", j, "quote"]);
        });
      });
    }
  }
}
