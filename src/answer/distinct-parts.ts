// A message's questions that get the same answer show it once: "what is the MARA and what does
// it stand for?" asks twice what one card says. Pure: compares the answers' own content.
import type { Answer } from "./types.js";

/** The verdict a yes/no answer opens with ("Yes — ", "Non — "): the rest is its content. */
const VERDICT = /^(?:Yes|No|Oui|Non)\b\s*[—–-]\s*/u;

function content(a: Answer): { head: string; lines: string[] } {
  const lines = [
    ...a.facts.map((f) => `${f.label}\u0000${f.value}`),
    ...a.links.map((l) => `link\u0000${l.url}`),
  ];
  return { head: a.headline.replace(VERDICT, ""), lines };
}

function hasVerdict(a: Answer): boolean {
  return VERDICT.test(a.headline) || a.correction !== undefined;
}

/** Whether `b` says nothing `a` does not: the same headline, and no fact or link of its own. */
function covers(a: Answer, b: Answer): boolean {
  if (a.answered !== b.answered) return false;
  if (hasVerdict(b) && (!hasVerdict(a) || a.headline !== b.headline)) return false;
  const ca = content(a);
  const cb = content(b);
  if (ca.head !== cb.head) return false;
  const held = new Set(ca.lines);
  return cb.lines.every((l) => held.has(l));
}

/**
 * The parts with each answer that another one already covers left out; where the two are the same
 * but only the later one gives a verdict, the verdict's answer takes the earlier one's place.
 */
export function distinctParts(parts: readonly Answer[]): Answer[] {
  const kept: Answer[] = [];
  for (const p of parts) {
    const i = kept.findIndex((k) => covers(k, p) || covers(p, k));
    if (i < 0) kept.push(p);
    else if (!covers(kept[i] as Answer, p)) kept[i] = p;
  }
  return kept;
}
