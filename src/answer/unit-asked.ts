// "Which office in DPO handles the MARA assessment?", "quel bureau régional de l'UNICEF participe
// …?": a question asking for a part of an organisation. The knowledge answers it only with a record
// that is part of that organisation; an answer naming only the organisation itself says nothing
// of which of its parts, so the question is refused, saying so.
import type { KnowledgeModel, KnowledgeRecord } from "../knowledge/model.js";
import { type Draft, nameFor, shortName } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import { inClass, type Lexicon, message } from "./lexicon/lexicon.js";
import { foldText } from "./normalize.js";

const WHICH = new Set(["which", "what", "quel", "quelle", "quels", "quelles"]);

/** The organisation a "which <unit> in <organisation>" question names, and the unit noun. */
function unitOf(ctx: Ctx, lex: Lexicon): { noun: string; org: KnowledgeRecord } | undefined {
  const w = ctx.pq.words;
  for (let i = 0; i < w.length - 2; i++) {
    if (!WHICH.has(w[i] as string)) continue;
    // The noun right after the question word, or after one word qualifying it ("which regional").
    const j = [i + 1, i + 2].find((k) => inClass(lex, "unit_nouns", w[k] ?? ""));
    if (j === undefined) continue;
    let k = j + 1;
    // ("bureau régional de": a qualifier may follow the noun.)
    if (inClass(lex, "unit_qualifiers", w[k] ?? "")) k++;
    const start = k;
    while (k < w.length && inClass(lex, "inside_words", w[k] as string)) k++;
    if (k === start) continue;
    if (inClass(lex, "articles", w[k] ?? "")) k++;
    const org = ctx.named.find((n) => n.at === k)?.rec;
    // ("Which Team of Experts…": the noun and its preposition begin the name itself.)
    const phrase = w.slice(j, k + 1).join(" ");
    if (org && !foldText(shortName(org)).includes(phrase)) return { noun: w[j] as string, org };
  }
  return undefined;
}

/** Records part of this one, at any depth. */
function partsOf(model: KnowledgeModel, id: string, out = new Set<string>()): Set<string> {
  for (const p of model.relations.parts.get(id) ?? []) {
    if (out.has(p)) continue;
    out.add(p);
    partsOf(model, p, out);
  }
  return out;
}

/** The refusal of a "which <unit> in <organisation>" question no part of it answers. */
export function unheldUnit(ctx: Ctx, lex: Lexicon, d: Draft): string | undefined {
  if (ctx.pq.yesNo) return undefined;
  const asked = unitOf(ctx, lex);
  if (!asked) return undefined;
  const parts = partsOf(ctx.model, asked.org.id);
  const given = [d.primary, ...d.related, ...d.cited];
  // (An answer that does not name the organisation, "quel service de l'ONU…" → UNMAS, names a part.)
  if (!given.some((r) => r?.id === asked.org.id)) return undefined;
  if (given.some((r) => r !== undefined && parts.has(r.id))) return undefined;
  const name = nameFor(asked.org, ctx.pq.lang);
  return message(lex, "no_unit", ctx.pq.lang, { what: asked.noun, name });
}
