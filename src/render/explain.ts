// Answer.explain → the lines `ask --explain` prints: each word's role, the types weighed, the top
// facts with scores, and why the engine answered or refused. Pure.
import type { Answer } from "../answer/types.js";

export function renderExplain(a: Answer): string {
  const parts = a.parts && a.parts.length > 1 ? a.parts : [a];
  const out: string[] = [];
  parts.forEach((p, i) => {
    const ex = p.explain;
    if (!ex) return;
    if (parts.length > 1) out.push(`— question ${i + 1}: ${p.normalized}`);
    out.push("words:");
    for (const w of ex.words)
      out.push(`  ${w.word.padEnd(18)} ${w.role}${w.detail ? ` (${w.detail})` : ""}`);
    out.push(
      `types: ${ex.types.map((t) => `${t.type} ${t.weight}`).join(", ") || "(none: definition)"}`,
    );
    if (ex.facts.length > 0) {
      out.push("top facts:");
      for (const f of ex.facts)
        out.push(`  ${f.score.toFixed(2)} ${f.subject}/${f.field}: ${f.text.slice(0, 110)}`);
    }
    out.push(
      `decision: ${ex.decision}; intent ${p.intent}; confidence ${p.confidence}${p.reason ? `; reason ${p.reason}` : ""}`,
    );
    if (p.unexplained?.length) out.push(`unexplained: ${p.unexplained.join(", ")}`);
  });
  return out.join("\n");
}
