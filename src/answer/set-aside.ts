// "Besides Liberia, which other countries…": the record a question sets aside is no answer to it.
import type { KnowledgeRecord } from "../knowledge/model.js";
import type { Ctx } from "./compose/context.js";
import type { ParsedQuestion } from "./intent.js";

const EXCEPT =
  /\b(?:besides|apart from|other than|except|aside from|beyond|outre|hormis|en dehors de|a part)\b/;
const OTHER = /\b(?:other|others|else|another|autres?)\b/;

/** The record a question sets aside ("besides X, which other…"), if it does. */
export function excludedRecord(pq: ParsedQuestion, ctx: Ctx): KnowledgeRecord | undefined {
  const joined = pq.allWords.join(" ");
  const m = EXCEPT.exec(joined);
  if (!m || !OTHER.test(joined)) return undefined;
  const after = joined.slice(m.index + m[0].length, m.index + m[0].length + 60);
  return ctx.named.find((n) => after.includes(n.key.folded.split(" ")[0] ?? "\u0000"))?.rec;
}
