// "Is the scoping study about CRSV or SEA?", "is UNMAS housed in OROLSI or DPPA?": a yes/no
// question offering two named records for a third is answered with the one the knowledge links to
// it (its card, led by that choice). Both or neither linked: the usual claim check answers.
import { linked } from "./claim.js";
import { definition } from "./compose/card.js";
import { type Draft, label } from "./compose/common.js";
import type { Ctx, Named } from "./compose/context.js";
import type { Core } from "./core.js";

const OR = new Set(["or", "ou"]);

export function eitherOr(core: Core, ctx: Ctx): Draft | undefined {
  const words = ctx.pq.words;
  const or = words.findIndex((w) => OR.has(w));
  if (or < 0) return undefined;
  const placed = ctx.named.filter((n) => n.at >= 0);
  const after =
    placed.filter((n) => n.at > or && n.at <= or + 3).sort((a, b) => a.at - b.at)[0] ??
    namedBy(core, ctx, or + 1);
  const before =
    placed.filter((n) => n.at < or && n.at >= or - 6).sort((a, b) => b.at - a.at)[0] ??
    namedBy(core, ctx, or - 1);
  if (!after || !before || after.rec.id === before.rec.id) return undefined;
  const subject = ctx.named.find((n) => n.rec.id !== after.rec.id && n.rec.id !== before.rec.id) as
    | Named
    | undefined;
  if (!subject) return undefined;
  const holds = [before, after].filter((n) => linked(core, subject.rec, n.rec));
  const [pick] = holds;
  if (!pick || holds.length > 1) return undefined;
  const d = definition(
    { ...ctx, named: [subject, ...ctx.named.filter((n) => n !== subject)] },
    subject.rec,
  );
  d.headline = `The answer is ${label(pick.rec)}. ${d.headline}`;
  d.cited.push(pick.rec);
  return d;
}

/**
 * The record a single word names by itself ("SEA"), when the search gave that word to a longer
 * name ("the scoping study about CRSV or SEA": SEA is also in "SEA scoping study").
 */
function namedBy(core: Core, ctx: Ctx, at: number): Named | undefined {
  const word = ctx.pq.words[at];
  const token = word ? core.index.analyze(word)[0] : undefined;
  if (!token) return undefined;
  for (const d of core.index.docsWithKeyToken(token)) {
    const doc = core.index.docs[d];
    const key = doc?.keys.find((k) => k.tokens.length === 1 && k.tokens[0] === token);
    const rec = doc ? core.model.byId.get(doc.id) : undefined;
    if (key && rec) return { rec, key, at };
  }
  return undefined;
}
