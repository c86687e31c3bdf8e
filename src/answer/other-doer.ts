// "The Team of Experts provides the gender expertise to the GFP", "JCS rule of law work leans on
// UNDP expertise": the claim gives a record's thing (its expertise, its support) to one body, and
// the record's fact on that thing names another. That fact is the correction.
import type { KnowledgeRecord } from "../knowledge/model.js";
import type { QueryToken } from "./candidate-index.js";
import { lowerNames } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import type { Core } from "./core.js";
import { inClass } from "./lexicon/lexicon.js";

/** Where in a text a name stands nearest to a position, or Infinity. */
function distance(text: string, names: readonly string[], at: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (const n of names)
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1))
      best = Math.min(best, Math.abs(i - at), Math.abs(i + n.length - at));
  return best;
}

/** The other body stands nearer the thing in the fact's sentence than any claimed doer. */
function nearer(
  text: string,
  other: KnowledgeRecord,
  doers: readonly KnowledgeRecord[],
  things: readonly QueryToken[],
): boolean {
  const lower = text.toLowerCase();
  const at = things.map((t) => lower.indexOf(t.word)).find((i) => i >= 0);
  if (at === undefined) return false;
  const mine = distance(lower, lowerNames(other), at);
  return doers.every((d) => distance(lower, lowerNames(d), at) > mine);
}

/** The fact that names another body for the thing the claim gives one, if there is one. */
export function otherDoer(
  core: Core,
  ctx: Ctx,
  beyond: readonly QueryToken[],
  unknownNames: readonly string[],
): string | undefined {
  const { lex } = core;
  // The thing: a word of the claim beyond its names that is no cue, stop word or filler.
  const things = beyond.filter(
    (q) =>
      q.word.length >= 5 &&
      !lex.cueWords.has(q.word) &&
      !lex.stopWords.has(q.word) &&
      !lex.filler.has(q.word) &&
      // (A kind of body is no thing given: "the office UNMAS sits in".)
      !lex.kindWords.has(q.word) &&
      !inClass(lex, "held_sorts", q.word) &&
      !inClass(lex, "body_nouns", q.word),
  );
  if (things.length === 0) return undefined;
  const against = ctx.against ?? new Set<string>();
  for (const owner of ctx.named.slice(0, 3)) {
    // The bodies the claim gives the thing to: the other named bodies, and names it lacks.
    const doers = ctx.named
      .filter((n) => n.rec.id !== owner.rec.id && n.rec.type === "entity" && !against.has(n.rec.id))
      .map((n) => n.rec);
    if (doers.length === 0 && unknownNames.length === 0) continue;
    const said = (text: string) => {
      const lower = text.toLowerCase();
      return (
        doers.some((r) => lowerNames(r).some((n) => lower.includes(n))) ||
        unknownNames.some((n) => lower.includes(n.toLowerCase()))
      );
    };
    for (const f of core.facts.factsOf(owner.rec)) {
      // (The fact's own sentence must hold the thing, not only the source passage it quotes.)
      if (f.subject !== owner.rec.id || !things.some((t) => f.tokens.has(t.token))) continue;
      const own = new Set(core.index.analyzeText(f.text));
      if (!things.some((t) => own.has(t.token))) continue;
      // Another body the fact names, that the claim does not (or sets against).
      const other = f.objects
        .map((id) => core.model.byId.get(id))
        .find(
          (r) =>
            r?.type === "entity" &&
            (against.has(r.id) || !ctx.named.some((n) => n.rec.id === r.id)),
        );
      if (!other) continue;
      // ("brings UN Women expertise and … coordination with the Team of Experts": a doer the fact
      // also names is no doer of the thing when the other body stands nearer to it.)
      if (
        (doers.some((r) => f.objects.includes(r.id)) || said(f.text)) &&
        !nearer(f.text, other, doers, things)
      )
        continue;
      return f.text;
    }
  }
  return undefined;
}
