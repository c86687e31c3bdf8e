// "Which countries is the MARA operational in?", "dans quels pays…", "in which peacekeeping
// missions is UNMAS operating?": the places a record works in are the places of its worked
// examples, and missions are records of that kind; a record with none is refused, saying so,
// rather than answered with its card.
import type { KnowledgeRecord } from "../knowledge/model.js";
import { nameFor } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import type { Core } from "./core.js";
import { alternation, type Lexicon, lexiconPattern, message } from "./lexicon/lexicon.js";
import type { WordClass } from "./lexicon/schema.js";
import { foldText } from "./normalize.js";

const asking = (lex: Lexicon, cls: WordClass) =>
  lexiconPattern(
    lex,
    `asked-${cls}`,
    () =>
      new RegExp(
        `\\b(?:which|what|list|name|quels?|quelles?)(?: of)?(?: the| les)?(?: other| autres?)?(?: [a-z]+)? (${alternation(lex, cls)})\\b`,
      ),
  );

function hasPlace(ctx: Ctx, rec: KnowledgeRecord): boolean {
  if (rec.type === "example" && rec.place) return true;
  return (ctx.model.relations.examplesFor.get(rec.id) ?? []).some((id) => {
    const ex = ctx.model.byId.get(id);
    return ex?.type === "example" && !!ex.place;
  });
}

/** The knowledge holds records of the kind the noun names ("missions": kind "mission"). */
function hasKindNamed(core: Core, noun: string): boolean {
  return core.kinds.has(noun.split(" ").slice(-1)[0]?.replace(/s$/, "") ?? "");
}

/** The refusal for places asked of records that have none recorded, if that is the question. */
export function unheldPlaces(core: Core, ctx: Ctx): string | undefined {
  const lex = core.lex;
  const first = ctx.named[0]?.rec;
  if (!first || ctx.pq.yesNo) return undefined;
  const joined = ctx.pq.words.join(" ");
  const place = asking(lex, "place_nouns").exec(joined);
  const mission = asking(lex, "mission_nouns").exec(joined);
  const found = mission ?? place;
  const what = found?.[1];
  if (!found || !what) return undefined;
  // "which country example is given?" asks for the example.
  const after = joined.slice(found.index + found[0].length).split(" ")[1] ?? "";
  if (/^(?:examples?|exemples?|cases?|case studies|case study)$/.test(after)) return undefined;
  // "what missions and deployments does the GFP perspective cover?" quotes a fact's own words.
  const quoted = joined
    .slice(found.index + found[0].length - what.length)
    .split(" ")
    .slice(0, 3);
  if (
    quoted.length === 3 &&
    ctx.named.some((n) =>
      core.facts.factsOf(n.rec).some((f) => foldText(f.text).includes(quoted.join(" "))),
    )
  )
    return undefined;
  if (mission ? hasKindNamed(core, what) : ctx.named.some((n) => hasPlace(ctx, n.rec)))
    return undefined;
  return message(lex, "no_such", ctx.pq.lang, { what, name: nameFor(first, ctx.pq.lang) });
}
