// Zod issues reworded for a knowledge officer: name the field, say what was expected, suggest a fix.
import { z } from "zod";
import type { ProblemCode } from "./codes.js";
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
    if (s instanceof z.ZodPipe) s = s.out; // a preprocessed entry: `{ name, lang }`, `{ role, ... }`
    if (s instanceof z.ZodArray && typeof seg === "number") s = s.element;
    else if (s instanceof z.ZodObject && typeof seg === "string") s = s.shape[seg];
    else if (s instanceof z.ZodRecord && typeof seg === "string") s = s.valueType;
    else return [];
  }
  if (s instanceof z.ZodPipe) s = s.out;
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

export interface Described {
  code: ProblemCode;
  message: string;
}

/**
 * One message per problem, with its code. `value` is the offending value (undefined when
 * missing), `what` names the thing at an empty path ("item 2 of 'entities'").
 */
export function describeIssue(issue: Issue, value: unknown, what: string): Described {
  const field = fieldOf(issue.path as PathSegment[], what);
  const out = (code: ProblemCode, message: string): Described => ({ code, message });
  // Schema messages either complete the field name ("must not be empty") or stand alone.
  const custom = (msg: string) => (msg.startsWith("must") ? `'${field}' ${msg}` : msg);
  // A missing field reads the same whatever its type: enums and unions included.
  if (value === undefined && issue.path.length > 0 && isMissingKind(issue)) {
    return out("KB009", `missing required field '${field}'`);
  }
  switch (issue.code) {
    case "invalid_type":
      if (issue.path.length === 0) {
        return out(
          "KB010",
          `${what} should be ${expectedWord(issue.expected)}, not ${describeValue(value)}`,
        );
      }
      if (value === null)
        return out("KB029", `'${field}' is empty; give it a value or remove the line`);
      return out(
        "KB010",
        `'${field}' should be ${expectedWord(issue.expected)}, not ${describeValue(value)}`,
      );
    case "invalid_value": {
      const allowed = issue.values.map(String);
      const got = String(value);
      return out(
        "KB011",
        `unknown ${field} '${got}'${didYouMean(got, allowed)}; use one of: ${allowed.join(", ")}`,
      );
    }
    case "too_small":
      if (issue.origin === "string")
        return out(
          "KB029",
          custom(issue.message.startsWith("Too small") ? "must not be empty" : issue.message),
        );
      if (!issue.message.startsWith("Too small")) return out("KB029", custom(issue.message));
      return out(
        "KB029",
        `'${field}' needs at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? "" : "s"}`,
      );
    case "invalid_format": {
      const got = String(value);
      const slug = slugify(got);
      const hint = slug && slug !== got ? ` (did you mean '${slug}'?)` : "";
      if (issue.format === "regex" && issue.message.startsWith("ids")) {
        const where = field === "id" ? "" : ` in '${field}'`;
        return out("KB016", `invalid id '${got}'${where}${hint}: ${issue.message}`);
      }
      return out("KB030", `${custom(issue.message)} (got ${describeValue(value)})`);
    }
    case "invalid_union":
      return out("KB010", `'${field}' ${issue.message}, not ${describeValue(value)}`);
    case "custom": {
      const code = (issue.params as { code?: ProblemCode } | undefined)?.code;
      if (issue.message.startsWith("dates")) {
        return out("KB017", `invalid date ${describeValue(value)} in '${field}': ${issue.message}`);
      }
      // Whole-sentence messages (contacts, memberships) are written to stand alone.
      if ((issue.params as { whole?: boolean } | undefined)?.whole)
        return out(code ?? "KB030", issue.message);
      return out(code ?? "KB030", `${custom(issue.message)} (got ${describeValue(value)})`);
    }
    default:
      return out("KB030", `'${field}': ${issue.message}`);
  }
}

/** Issues zod raises for an absent value: a wrong type, an enum or a union that got `undefined`. */
function isMissingKind(issue: Issue): boolean {
  return (
    issue.code === "invalid_type" ||
    issue.code === "invalid_value" ||
    issue.code === "invalid_union"
  );
}
