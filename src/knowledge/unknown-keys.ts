// One report for a schema's "unrecognized keys" issue, shared by the record and declaration
// checks: each unknown key at its own position, with "did you mean" for a close match or the
// list of allowed keys otherwise.
import type { z } from "zod";
import { allowedKeysAt } from "./describe-issue.js";
import type { KnowledgeProblem } from "./model.js";
import type { PathSegment } from "./positions.js";
import { locateKey, problemAt, type RecordRef } from "./records.js";
import { didYouMean } from "./suggest.js";

export function reportUnknownKeys(
  schema: z.ZodType,
  ref: RecordRef,
  path: readonly PathSegment[],
  keys: readonly string[],
  problems: KnowledgeProblem[],
): void {
  const allowed = allowedKeysAt(schema, path);
  for (const key of keys) {
    const hint = didYouMean(key, allowed);
    const list = hint ? "" : `; allowed keys here: ${allowed.join(", ")}`;
    problems.push(
      problemAt(locateKey(ref, [...path, key]), "KB008", `unknown key '${key}'${hint}${list}`),
    );
  }
}
