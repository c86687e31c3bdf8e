// Scoring of question files in the format of shared/eval/public.json, shared by `npm run eval`
// and the tests: an answerable case must be answered and contain one string of every `expect`
// group (case-insensitive); an unanswerable one must be refused.
import { z } from "zod";
import { renderText } from "../render/text.js";
import type { Engine } from "./types.js";

export const EvalCase = z.object({
  id: z.string(),
  question: z.string(),
  answerable: z.boolean(),
  expect: z.array(z.array(z.string())).default([]),
  why: z.string().optional(),
});
export type EvalCase = z.infer<typeof EvalCase>;
export const EvalFile = z.array(EvalCase);

export interface CaseResult {
  case: EvalCase;
  passed: boolean;
  answered: boolean;
  text: string;
  /** What went wrong, in words: "should have refused", "missing one of: …". */
  problems: string[];
}

export function scoreCase(engine: Engine, c: EvalCase): CaseResult {
  const answer = engine.ask(c.question);
  const text = renderText(answer);
  const problems: string[] = [];
  if (c.answerable) {
    if (!answer.answered) problems.push("should have answered, but refused");
    const low = text.toLowerCase();
    for (const group of c.expect) {
      if (!group.some((s) => low.includes(s.toLowerCase()))) {
        problems.push(`missing one of: ${group.map((s) => JSON.stringify(s)).join(", ")}`);
      }
    }
  } else if (answer.answered) {
    problems.push("should have refused, but answered");
  }
  return { case: c, passed: problems.length === 0, answered: answer.answered, text, problems };
}

export function scoreCases(engine: Engine, cases: readonly EvalCase[]): CaseResult[] {
  return cases.map((c) => scoreCase(engine, c));
}

/** The report `npm run eval` prints: each failure, then exactly `N passed, N failed`. */
export function formatReport(results: readonly CaseResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.passed) continue;
    lines.push(`FAIL ${r.case.id}: ${r.case.question}`);
    for (const p of r.problems) lines.push(`  - ${p}`);
    lines.push(...r.text.split("\n").map((l) => `  | ${l}`));
  }
  lines.push(summaryLine(results));
  const passed = results.filter((r) => r.passed).length;
  lines.push(`${passed} passed, ${results.length - passed} failed`);
  return lines.join("\n");
}

/** Answerable and refusal rates apart, and answer lengths (the targets are set on each). */
export function summaryLine(results: readonly CaseResult[]): string {
  const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
  const yes = results.filter((r) => r.case.answerable);
  const no = results.filter((r) => !r.case.answerable);
  const lengths = results.map((r) => r.text.length).sort((a, b) => a - b);
  const median = lengths.length > 0 ? (lengths[Math.floor((lengths.length - 1) / 2)] as number) : 0;
  const max = lengths.length > 0 ? (lengths[lengths.length - 1] as number) : 0;
  return [
    `answerable: ${yes.filter((r) => r.passed).length}/${yes.length} (${pct(yes.filter((r) => r.passed).length, yes.length)})`,
    `refused as expected: ${no.filter((r) => r.passed).length}/${no.length} (${pct(no.filter((r) => r.passed).length, no.length)})`,
    `answer length: median ${median}, max ${max} characters`,
  ].join("; ");
}
