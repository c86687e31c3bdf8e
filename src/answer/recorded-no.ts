// Claims the knowledge contradicts with a fact it records, each answered "No — " and that fact:
// a piece of work said to be done alone that has partners, what a record does said on another
// topic, a link said to be on another topic, and the one recorded example placed in another
// country.

import { otherAngle } from "./angle-claim.js";
import type { QueryToken } from "./candidate-index.js";
import { andList, handle, label, records, theName } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import type { Core } from "./core.js";
import type { ParsedQuestion } from "./intent.js";
import { narrowedFact } from "./narrowed-claim.js";
import { foldText } from "./normalize.js";
import { opposedFact } from "./opposites.js";
import { otherDoer } from "./other-doer.js";
import { isCountry } from "./places.js";
import { topicSwap } from "./topic-swap.js";

/** A claim that something is done alone: "on its own", "with no partners", "single-handedly". */
const ALONE =
  /\b(?:on (?:its|their|his|her) own|by (?:itself|themselves)|alone|single handedly|singlehandedly|solo|unilaterally|(?:with )?no (?:partners?|other (?:entities|agencies|partners|bodies))|without (?:any )?partners?|seul|seule|sans partenaires?)\b/;

// ("Is there a GFP programme in Haiti?", "does it also run one in Mali?" ask whether another
// exists, which the one example the knowledge records cannot answer.)
export const ANOTHER =
  /\b(?:there|any|also|too|as well|similar|aussi|egalement|other|another|y a t il|(?:a|an|un|une) (?:\w+ )?(?:joint|programme|program|project|conjoint))\b/;

/** The recorded fact that makes the claim false, as a sentence, or nothing. */
export function recordedNo(
  core: Core,
  ctx: Ctx,
  pq: ParsedQuestion,
  beyond: readonly QueryToken[],
  proper: readonly string[],
  unknownNames: readonly string[],
): string | undefined {
  // "DPO is doing the MARA assessment on its own, with no partners": its partners say no.
  const work = ctx.named.find((n) => n.rec.type === "activity")?.rec;
  if (
    work?.type === "activity" &&
    (work.partners?.length ?? 0) > 0 &&
    ALONE.test(pq.words.join(" "))
  ) {
    const partners = records(core.model, work.partners);
    return `${theName(work)} is done with ${andList(partners.map(handle))}.`;
  }
  // "The MARA is only used at country level, right?": the fact that states the whole list.
  const claimed = ctx.named.slice(0, 3).map((n) => n.rec);
  const narrowed = narrowedFact(
    core,
    claimed,
    pq.allWords,
    ctx.named.map((n) => n.key.tokens),
    pq.words,
  );
  if (narrowed) return narrowed;
  // "… coordination has weakened lately, true?": a fact that says the opposite.
  const opposed = opposedFact(core, claimed, pq.words);
  if (opposed) return opposed;
  // "… looks at SEA from a financial perspective": the fact that states its angle.
  const angle = otherAngle(
    core,
    ctx.named.map((n) => n.rec),
    pq.words,
  );
  if (angle) return angle;
  // "Isn't the IACG-MA the body that sets priorities … on CRSV?": its fact on its own topic.
  const swapped = topicSwap(core, ctx, beyond);
  if (swapped) return swapped;
  // "The Team of Experts provides the expertise to the GFP": the fact on it names UN Women.
  const doer = otherDoer(core, ctx, beyond, unknownNames);
  if (doer) return doer;
  // "pseataskforce.org is listed as a resource on mine action": a link's topics say where it is.
  const link = ctx.named.find((n) => n.rec.type === "resource")?.rec;
  if (link?.type === "resource") {
    const topics = records(core.model, link.topics);
    // ("… is UNMAS's official website, right?": a body it is not listed for says no as well —
    // but not who runs it, which the knowledge does not say: "… is run by UNMAS, isn't it?".)
    const runs = pq.scores.some((x) =>
      ["lead", "chair", "coordinate", "partners", "members"].includes(x.type),
    );
    const unlisted = (n: Ctx["named"][number]) =>
      n.rec.id !== link.id && n.rec.type !== "resource" && !link.topics?.includes(n.rec.id);
    const other =
      ctx.named.find((n) => n.rec.type === "term" && unlisted(n)) ??
      (runs ? undefined : ctx.named.find((n) => n.rec.type === "entity" && unlisted(n)));
    if (other && topics.length > 0)
      return `${link.title} is listed among the resources on ${andList(topics.map(label))}, not ${handle(other.rec)}.`;
  }
  // "The joint programme was in Sierra Leone, correct?": the place the example records says no.
  // (A region may hold the place: "somewhere in West Africa" is no "no".)
  const example = ctx.named.find((n) => n.rec.type === "example")?.rec;
  const places = proper.filter(isCountry);
  if (
    example?.type === "example" &&
    example.place &&
    places.length > 0 &&
    !ANOTHER.test(pq.allWords.join(" "))
  ) {
    const where = example.place;
    if (!places.some((p) => foldText(where).includes(foldText(p))))
      return `${example.title} took place in ${where}.`;
  }
  return undefined;
}
