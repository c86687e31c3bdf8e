// Lists a fact spells out ("all key aspects of GFP work, including assessments, planning, …,
// missions and deployments"): a question that asks for that list, or how many it holds, is
// answered by the fact in full and, for a count, by the number of its items.
import type { KnowledgeRecord } from "../knowledge/model.js";
import { type Draft, sentence, shortName } from "./compose/common.js";
import type { Core } from "./core.js";
import { bestFacts, factDraft } from "./fact-answer.js";
import type { ScoredFact } from "./fact-score.js";
import { inClass } from "./lexicon/lexicon.js";
import { foldText } from "./normalize.js";
import type { Intent } from "./types.js";

/** Where a list starts: after "including", "such as", "namely" or a colon. */
const LIST_START = /(?:\b(?:including|such as|namely|notably|comprising)\b|:)\s+/gi;

/** A headline's list of bodies: "DPO has led the MARA assessment …, with OHCHR, OSRSG-SVC, …". */
const WITH_START = /\bwith\s+/gi;

/**
 * The items of the list a sentence spells out (three or more), or undefined. With `bodies`, a
 * list after "with" counts too, bracketed expansions left out (an answer's own headline).
 */
export function enumerationIn(text: string, bodies = false): string[] | undefined {
  if (bodies) {
    const plain = text.replace(/\s*\([^()]*\)/g, "");
    return enumerationIn(plain) ?? listAfter(plain, WITH_START);
  }
  return listAfter(text, LIST_START);
}

/** What separates a list's items: commas, "and", "or". */
const ITEM_SEPARATOR = /,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/;

/** "girls, women, boys and men": one-word items, three or more, with no word announcing them. */
const BARE_LIST = /\b[\p{L}-]+(?:, [\p{L}-]+){1,},? and [\p{L}-]+\b/u;

function bareList(text: string): string[] | undefined {
  const m = BARE_LIST.exec(text);
  return m ? m[0].split(ITEM_SEPARATOR).filter((s) => s.length > 0) : undefined;
}

function listAfter(text: string, starts: RegExp): string[] | undefined {
  for (const m of text.matchAll(starts)) {
    const tail = text.slice((m.index ?? 0) + m[0].length).split(/[.;()]/)[0] ?? "";
    const items = tail
      .split(ITEM_SEPARATOR)
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    // Items of a list are short; a long one means this colon or "including" starts prose.
    if (items.length >= 3 && items.every((s) => s.split(" ").length <= 5)) return items;
  }
  return undefined;
}

/** The best fact about these records that spells out a list and holds the question's words. */
export function listedFact(
  core: Core,
  recs: readonly KnowledgeRecord[],
  tokens: readonly { token: string; weight: number }[],
  type: Intent,
  named: readonly string[],
): { fact: ScoredFact; items: string[] } | undefined {
  if (tokens.length === 0) return undefined;
  for (const f of bestFacts(core, recs, { tokens }, type, named).slice(0, 12)) {
    // It holds most of the question's other words, or relates several records it names.
    const records = recs.filter(
      (r) =>
        f.fact.subject === r.id ||
        f.fact.objects.includes(r.id) ||
        f.fact.text.includes(shortName(r)),
    ).length;
    if ((f.coverage < 0.5 && records < 2) || !f.matched.some((m) => m !== "#record")) continue;
    const items = enumerationIn(f.fact.text);
    if (items) return { fact: f, items };
  }
  return undefined;
}

/**
 * The fact about these records that lists groups of people ("girls, women, boys and men"), for
 * "how many population groups…", whose words the list's fact does not hold.
 */
export function peopleListed(
  core: Core,
  recs: readonly KnowledgeRecord[],
  type: Intent,
  named: readonly string[],
): { fact: ScoredFact; items: string[] } | undefined {
  for (const f of bestFacts(core, recs, { tokens: [] }, type, named)) {
    const items = enumerationIn(f.fact.text) ?? bareList(f.fact.text);
    if (items?.every((i) => inClass(core.lex, "people_groups", foldText(i))))
      return { fact: f, items };
  }
  return undefined;
}

/** The list's fact leads; what the composer said follows. */
export function listDraft(
  core: Core,
  type: Intent,
  listed: { fact: ScoredFact },
  card: Draft | undefined,
  count?: string,
): Draft {
  const d = factDraft(core, type, listed.fact, []);
  if (count) {
    d.facts.unshift({ label: "Details", value: d.headline });
    d.headline = count;
  }
  if (card && card.headline !== d.headline)
    d.facts.push({ label: "Also", value: sentence(card.headline) });
  return d;
}
