// Answer → plain text for the command line and any text-only surface. Pure: no model access.
import type { Answer } from "../answer/types.js";

/** Whatever the answer holds, the text never exceeds this. */
export const MAX_TEXT_CHARS = 1500;
/** A card, not a page: the facts beyond these are in the JSON and Block Kit answers. */
const MAX_TEXT_FACTS = 2;

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A quoted passage cut to `max` characters at a word's end, not inside a word ("Insti…"), when a
 * word ends in its last quarter.
 */
function clipQuote(quoted: string, max: number): string {
  // A passage that introduces a list ("Available resources on SEA :") ends at its last word.
  const text = quoted.replace(/\s*:\s*$/, "");
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  const at = space >= max * 0.75 && /\S/.test(text[max - 1] ?? " ") ? space : cut.length;
  return `${cut.slice(0, at).replace(/[\s,;:.(–—-]+$/, "")}…`;
}

/** Lower-case words only, so that a quote and the card's wording of it compare. */
const plain = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Whether the card already says the quoted passage, word for word (its opening, at least). */
function saysQuote(body: string, quote: string): boolean {
  const opening = plain(quote).split(" ").slice(0, 10).join(" ");
  return opening.length >= 30 && plain(body).includes(opening);
}

/** One line per source: its title and, for documents, the supporting passage. */
// Quoted passages first; notes that only vouch for names are left out when a passage is shown.
// A passage the card already says word for word is cited by its title: quoting it again adds
// length, not evidence.
function sourceLine(a: Answer, body: string): string | undefined {
  const quoted = a.sources.filter((s) => s.quote);
  const shown = (quoted.length > 0 ? quoted : a.sources).slice(0, 2);
  if (shown.length === 0) return undefined;
  // A title's parenthetical ("(source document)") says nothing a reader needs in a card.
  const title = (t: string) => t.replace(/\s*\([^)]*\)\s*$/, "");
  // One quoted passage needs no title in a text card (JSON and Slack cards carry it).
  const parts = shown.map((s) =>
    s.quote && !saysQuote(body, s.quote)
      ? shown.length === 1
        ? `"${clipQuote(s.quote, 100)}"`
        : `${title(s.title)}: "${clipQuote(s.quote, 90)}"`
      : title(s.title),
  );
  return `${shown.length > 1 ? "Sources" : "Source"}: ${parts.join("; ")}`;
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
  // An overview is a list of what the knowledge holds: every line of it counts.
  const shown =
    a.intent === "overview" || a.intent === "help" ? a.facts : a.facts.slice(0, MAX_TEXT_FACTS);
  for (const f of shown) lines.push(`• ${f.label}: ${clip(f.value, 300)}`);
  if (a.links.length > 0) {
    if (a.facts.length > 0 || !a.headline.endsWith(":")) lines.push("Links:");
    for (const l of a.links)
      lines.push(`• ${l.title}: ${l.url}${l.access === "intranet" ? " (UN intranet)" : ""}`);
  }
  if (!a.answered && a.suggestions.length > 0) {
    lines.push(`You could ask: ${a.suggestions.map((s) => `"${s.question}"`).join(", ")}`);
  }
  const body = lines.join("\n");
  const src = a.answered ? sourceLine(a, body) : undefined;
  // Sources are kept whatever else gets cut: an answer without its source is not an answer.
  if (!src) return clip(body, MAX_TEXT_CHARS);
  const room = MAX_TEXT_CHARS - Math.min(src.length, 400) - 1;
  return `${clip(body, room)}\n${clip(src, 400)}`;
}
