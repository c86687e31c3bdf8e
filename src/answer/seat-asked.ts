// "unmas hq city?", "where's the team of experts based, NY or Geneva?", "where is the UN Action
// network's secretariat hosted?": the city or seat of a body is known only where one of its facts
// names a place; otherwise the question is refused, saying where the body sits if that is known.
import { handle, nameFor } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import { partOfChain } from "./compose/subject.js";
import type { Core } from "./core.js";
import { classOf, message } from "./lexicon/lexicon.js";
import { foldText } from "./normalize.js";

/** Cities offered as alternatives ("NY or Geneva?") ask for the seat too. */
function citiesOffered(core: Core, words: readonly string[]): boolean {
  // (Cheap test first: most questions offer no alternatives at all.)
  if (!words.includes("or") && !words.includes("ou")) return false;
  const joined = ` ${words.join(" ")} `;
  return [...classOf(core.lex, "regions")].some((c) => joined.includes(` ${c} `));
}

export function unheldSeat(core: Core, ctx: Ctx, asked: boolean): string | undefined {
  // (The body, not "HQ", a term the question uses for the seat.)
  const rec = ctx.named.find((n) => n.rec.type === "entity")?.rec;
  if (!rec) return undefined;
  if (!asked && !citiesOffered(core, ctx.pq.words)) return undefined;
  const places = [...classOf(core.lex, "regions")];
  const said = core.facts.factsOf(rec).some((f) => {
    const text = ` ${foldText(f.text)} `;
    return places.some((p) => text.includes(` ${p} `));
  });
  if (said) return undefined;
  const chain = partOfChain(ctx, rec);
  const holds =
    chain.length > 0 && ctx.pq.lang === "en"
      ? `; it records ${handle(rec)} as part of ${chain.map(handle).join(", in ")}`
      : "";
  return message(core.lex, "no_seat", ctx.pq.lang, { name: nameFor(rec, ctx.pq.lang), holds });
}
