// How a long list of problems is shown to a person: the first ones in full, then a count per
// kind, so one bad save with thousands of broken records stays readable.
import { codeLabel, type ProblemCode } from "./codes.js";
import { formatProblem, type KnowledgeProblem } from "./model.js";

export const SHOWN_PROBLEMS = 50;

/** `file:line:col: KB012 unknown-reference: ...` for the first `limit`, then one count line per code. */
export function problemReport(
  problems: readonly KnowledgeProblem[],
  limit = SHOWN_PROBLEMS,
): string[] {
  const lines = problems.slice(0, limit).map(formatProblem);
  const rest = problems.slice(limit);
  if (rest.length === 0) return lines;
  const counts = new Map<ProblemCode, number>();
  for (const p of rest) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  lines.push(
    `... ${rest.length} more ${rest.length === 1 ? "problem" : "problems"} not shown, by kind:`,
  );
  for (const [code, n] of sorted) lines.push(`  ${n} × ${codeLabel(code)}`);
  return lines;
}
