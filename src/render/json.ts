// Answer → one JSON object for scripts (`ask --json`, `--jsonl`). `text` is the full plain-text
// rendering, so a consumer that only wants the words never re-renders.
import type { Answer } from "../answer/types.js";
import { renderText } from "./text.js";

export interface AnswerJson {
  answered: boolean;
  text: string;
  intent: Answer["intent"];
  confidence: number;
  primary: Answer["primary"] | null;
  facts: Answer["facts"];
  related: Answer["related"];
  links: Answer["links"];
  sources: Answer["sources"];
  suggestions: Answer["suggestions"];
  correction?: string;
  /** On a refusal: why, as a stable code. */
  reason?: Answer["reason"];
  unexplained?: string[];
  lang?: string;
  /** One entry per question when the message held several. */
  parts?: AnswerJson[];
  explain?: Answer["explain"];
  version: string;
}

export function toJson(a: Answer): AnswerJson {
  return {
    answered: a.answered,
    text: renderText(a),
    intent: a.intent,
    confidence: a.confidence,
    primary: a.primary ?? null,
    facts: a.facts,
    related: a.related,
    links: a.links,
    sources: a.sources,
    suggestions: a.suggestions,
    ...(a.correction ? { correction: a.correction } : {}),
    ...(a.reason ? { reason: a.reason } : {}),
    ...(a.unexplained?.length ? { unexplained: a.unexplained } : {}),
    ...(a.lang ? { lang: a.lang } : {}),
    ...(a.parts && a.parts.length > 1 ? { parts: a.parts.map(toJson) } : {}),
    ...(a.explain ? { explain: a.explain } : {}),
    version: a.version,
  };
}

/** One line of JSON (no pretty-printing: `--jsonl` relies on it). */
export function renderJson(a: Answer): string {
  return JSON.stringify(toJson(a));
}
