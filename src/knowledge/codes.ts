// Stable problem codes: a knowledge officer can look a code up in knowledge/README.md, and a
// script can count or filter problems without parsing their wording. Never renumber a code.

export const PROBLEM_CODES = {
  KB001: "yaml-syntax",
  KB002: "duplicate-key",
  KB003: "multiple-documents",
  KB004: "empty-file",
  KB005: "not-sections",
  KB006: "unknown-section",
  KB007: "not-a-list",
  KB008: "unknown-key",
  KB009: "missing-field",
  KB010: "wrong-type",
  KB011: "unknown-value",
  KB012: "unknown-reference",
  KB013: "wrong-reference-kind",
  KB014: "self-reference",
  KB015: "duplicate-id",
  KB016: "invalid-id",
  KB017: "invalid-date",
  KB018: "date-order",
  KB019: "part-of-loop",
  KB020: "name-clash",
  KB021: "invalid-url",
  KB022: "quote-not-found",
  KB023: "source-file-missing",
  KB024: "no-knowledge-files",
  KB025: "too-many-aliases",
  KB026: "unknown-role",
  KB027: "invalid-contact",
  KB028: "unknown-question-type",
  KB029: "empty-value",
  KB030: "invalid-value",
  KB031: "duplicate-role",
  KB032: "unreadable-file",
  KB033: "folder-too-large",
  KB034: "load-failed",
  KB099: "internal-error",
  KB101: "unused-source",
  KB102: "ambiguous-not-a-name",
  KB103: "ambiguous-unused",
} as const;

export type ProblemCode = keyof typeof PROBLEM_CODES;

/** `KB012 unknown-reference`: how a code is printed in front of a message. */
export function codeLabel(code: ProblemCode): string {
  return `${code} ${PROBLEM_CODES[code]}`;
}

/** Problems caused by the YAML text itself; every other problem in the file may follow from them. */
export const SYNTAX_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  "KB001",
  "KB002",
  "KB003",
  "KB025",
  "KB032",
]);
