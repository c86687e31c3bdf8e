// "Is the scoping study about CRSV or SEA?", "is UNMAS housed in OROLSI or DPPA?": a yes/no
// question offering two named records for a third is answered with the one the knowledge links to
// it (its card, led by that choice). Both or neither linked: the usual claim check answers.
import { linked } from "./claim.js";
import { definition } from "./compose/card.js";
import { type Draft, label } from "./compose/common.js";
import type { Ctx, Named } from "./compose/context.js";
import type { Core } from "./core.js";
import { isDictionaryWord } from "./dictionary.js";

const OR = new Set(["or", "ou"]);
const NO_ALTERNATIVE =
  /^(?:is|are|was|were|does|do|did|can|could|will|would|has|have|not|no|else|something|anything|other|another|est|sont|pas|non|autre)$/;

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
  if (after && before && after.rec.id === before.rec.id) return undefined;
  const offered = [before, after].filter((n): n is Named => n !== undefined);
  if (offered.length === 0) return undefined;
  const subject = ctx.named.find((n) => offered.every((o) => o.rec.id !== n.rec.id)) as
    | Named
    | undefined;
  if (!subject) return undefined;
  const holds = offered.filter((n) => linked(core, subject.rec, n.rec));
  const [pick] = holds;
  if (!pick || holds.length > 1) return undefined;
  // "applied by partners at Headquarters or in the field?": an alternative that is no record is
  // ruled out only when none of the subject's facts uses its words.
  // (Only a record right beside "or", against ordinary words: "en RDC ou au Mali" offers places,
  // "or is there another one?" asks a second question.)
  if (offered.length === 1) {
    const one = offered[0] as Named;
    const side = after ? words.slice(Math.max(0, or - 3), or) : words.slice(or + 1, or + 4);
    if (Math.abs(one.at - or) > 2 || NO_ALTERNATIVE.test(side[after ? side.length - 1 : 0] ?? ""))
      return undefined;
    const other = side
      .filter((w) => w.length > 3 && !core.lex.stopWords.has(w))
      .map((w) => ({ w, t: core.index.analyze(w)[0] ?? w }));
    const facts = core.facts.factsOf(subject.rec);
    if (
      other.length === 0 ||
      other.some(({ w }) => !isDictionaryWord(w)) ||
      facts.some((f) => other.some(({ t }) => f.tokens.has(t)))
    )
      return undefined;
  }
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
