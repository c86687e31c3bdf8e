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
    version: a.version,
  };
}

/** One line of JSON (no pretty-printing: `--jsonl` relies on it). */
export function renderJson(a: Answer): string {
  return JSON.stringify(toJson(a));
}
