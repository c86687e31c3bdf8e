// Answer → plain text for the command line and any text-only surface. Pure: no model access.
import type { Answer } from "../answer/types.js";

/** Whatever the answer holds, the text never exceeds this. */
export const MAX_TEXT_CHARS = 1500;

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).trimEnd()}…`;
}

/** One line per source: its title and, for documents, the supporting passage. */
function sourceLine(a: Answer): string | undefined {
  if (a.sources.length === 0) return undefined;
  const parts = a.sources.map((s) => (s.quote ? `${s.title}: "${clip(s.quote, 180)}"` : s.title));
  return `${a.sources.length > 1 ? "Sources" : "Source"}: ${parts.join("; ")}`;
}

export function renderText(a: Answer): string {
  if (a.parts && a.parts.length > 1) {
    // One block per question, each within its share of the limit.
    const room = Math.floor((MAX_TEXT_CHARS - 2 * (a.parts.length - 1)) / a.parts.length);
    return a.parts.map((p) => clip(renderOne(p), room)).join("\n\n");
  }
  return renderOne(a);
}

function renderOne(a: Answer): string {
  const lines: string[] = [];
  if (a.correction) lines.push(a.correction);
  lines.push(a.headline);
  for (const f of a.facts) lines.push(`• ${f.label}: ${clip(f.value, 400)}`);
  if (a.links.length > 0) {
    if (a.facts.length > 0 || !a.headline.endsWith(":")) lines.push("Links:");
    for (const l of a.links)
      lines.push(`• ${l.title}: ${l.url}${l.access === "intranet" ? " (UN intranet)" : ""}`);
  }
  if (!a.answered && a.suggestions.length > 0) {
    lines.push(`You could ask: ${a.suggestions.map((s) => `"${s.question}"`).join(", ")}`);
  }
  const src = a.answered ? sourceLine(a) : undefined;
  // Sources are kept whatever else gets cut: an answer without its source is not an answer.
  const body = lines.join("\n");
  if (!src) return clip(body, MAX_TEXT_CHARS);
  const room = MAX_TEXT_CHARS - Math.min(src.length, 400) - 1;
  return `${clip(body, room)}\n${clip(src, 400)}`;
}
