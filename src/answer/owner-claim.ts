// "I heard the PoC concept mine action supports is DPPA's.", "Isn't the Concept of Operations for
// Protection of Civilians a DPPA document?": a claim that a thing with a recorded owner belongs to
// another body is no, with the owner.
import { definition } from "./compose/card.js";
import { type Draft, handle, label } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import type { Core } from "./core.js";
import { inClass } from "./lexicon/lexicon.js";
import { foldText } from "./normalize.js";

const OWNING = /\b(?:owns?|owned|owner|belongs?|belonging)\b/;

export function ownerClaim(core: Core, ctx: Ctx, rawText: string): Draft | undefined {
  if (!ctx.pq.yesNo) return undefined;
  const owners = core.model.relations.registry.get("owner")?.reverse;
  const ownedNamed = ctx.named.find((n) => (owners?.get(n.rec.id)?.length ?? 0) > 0);
  if (!ownedNamed) return undefined;
  const owned = ownedNamed.rec;
  const ownedBy = owners?.get(owned.id) ?? [];
  const claimed = ctx.named.find(
    (n) => n.rec.type === "entity" && n.rec.id !== owned.id && !ownedBy.includes(n.rec.id),
  )?.rec;
  if (!claimed) return undefined;
  // The claim says whose it is: an owning word, "DPPA's", or "a DPPA document".
  const name = handle(claimed);
  const at = rawText.indexOf(name);
  const after = at >= 0 ? rawText.slice(at + name.length) : "";
  const nextWord = /^\s/.test(after)
    ? (foldText(after)
        .split(/[^a-z]+/)
        .filter(Boolean)[0] ?? "")
    : "";
  const says =
    OWNING.test(ctx.pq.words.join(" ")) ||
    /^['’]s\b/.test(after) ||
    inClass(core.lex, "document_nouns", nextWord);
  const owner = core.model.byId.get(ownedBy[0] as string);
  if (!says || !owner) return undefined;
  const card = definition({ ...ctx, named: [ownedNamed] }, owned);
  return { ...card, correction: `No: ${label(owned)} is ${handle(owner)}'s.` };
}
