// Zod issues reworded for a knowledge officer: name the field, say what was expected, suggest a fix.
import { z } from "zod";
import type { PathSegment } from "./positions.js";
import { didYouMean } from "./suggest.js";

type Issue = z.core.$ZodIssue;

/** The nearest named field on the path: `['sources', 0, 'quote']` → `quote`. */
export function fieldOf(path: readonly PathSegment[], fallback: string): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (typeof seg === "string") return seg;
  }
  return fallback;
}

/** The value found at `path` inside plain data, or undefined. */
export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[seg as string];
  }
  return v;
}

/** The keys a strict object at `path` allows, for "did you mean" on unknown keys. */
export function allowedKeysAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let s: unknown = schema;
  for (const seg of [...path, null]) {
    // Unwrap optional/array layers until we reach an object (or give up).
    for (let guard = 0; guard < 8; guard++) {
      if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap();
      else if (s instanceof z.ZodArray && typeof seg === "number") break;
      else break;
    }
    if (seg === null) break;
    if (s instanceof z.ZodArray && typeof seg === "number") s = s.element;
    else if (s instanceof z.ZodObject && typeof seg === "string") s = s.shape[seg];
    else return [];
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

function describeValue(v: unknown): string {
  if (v === null) return "empty";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return `'${v.length > 60 ? `${v.slice(0, 57)}...` : v}'`;
  return `${typeof v === "number" ? "the number" : typeof v} ${String(v)}`;
}

function expectedWord(expected: string): string {
  switch (expected) {
    case "string":
      return "text";
    case "array":
      return "a list (lines starting with '- ')";
    case "object":
      return "a mapping of fields (key: value lines)";
    case "number":
    case "int":
      return "a number";
    default:
      return expected;
  }
}

/** Turns one text into a valid id, for suggesting a fix to a malformed one. */
function slugify(v: string): string {
  return v
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * One message per problem. `value` is the offending value (undefined when missing),
 * `what` names the thing at an empty path ("each item in 'entities'").
 */
export function describeIssue(issue: Issue, value: unknown, what: string): string {
  const field = fieldOf(issue.path as PathSegment[], what);
  // Schema messages either complete the field name ("must not be empty") or stand alone.
  const custom = (msg: string) => (msg.startsWith("must") ? `'${field}' ${msg}` : msg);
  switch (issue.code) {
    case "invalid_type":
      if (issue.path.length === 0) {
        return `${what} should be ${expectedWord(issue.expected)}, not ${describeValue(value)}`;
      }
      if (value === undefined) return `missing required field '${field}'`;
      if (value === null) return `'${field}' is empty; give it a value or remove the line`;
      return `'${field}' should be ${expectedWord(issue.expected)}, not ${describeValue(value)}`;
    case "invalid_value": {
      const allowed = issue.values.map(String);
      const got = String(value);
      return `unknown ${field} '${got}'${didYouMean(got, allowed)}; use one of: ${allowed.join(", ")}`;
    }
    case "too_small":
      if (issue.origin === "string")
        return custom(issue.message.startsWith("Too small") ? "must not be empty" : issue.message);
      if (!issue.message.startsWith("Too small")) return custom(issue.message);
      return `'${field}' needs at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? "" : "s"}`;
    case "invalid_format": {
      const got = String(value);
      const slug = slugify(got);
      const hint = slug && slug !== got ? ` (did you mean '${slug}'?)` : "";
      const where = field === "id" ? "" : ` in '${field}'`;
      return `invalid id '${got}'${where}${hint}: ${issue.message}`;
    }
    case "invalid_union":
      return `'${field}' should be a date (YYYY, YYYY-MM or YYYY-MM-DD), not ${describeValue(value)}`;
    case "custom":
      if (issue.message.startsWith("dates")) {
        return `invalid date ${describeValue(value)} in '${field}': ${issue.message}`;
      }
      return `${custom(issue.message)} (got ${describeValue(value)})`;
    default:
      return `'${field}': ${issue.message}`;
  }
}
