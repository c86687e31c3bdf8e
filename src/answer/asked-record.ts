// Which of the named records a question asks about, when its wording says so: "Which study did
// DPKO support?" names the study by its topic and asks for it (its card), not for its
// contributors; "DPPA isn't part of the MARA assessment?" asks whether an entity takes part in an
// activity (a partner), not where the activity sits.
import type { Ctx } from "./compose/context.js";
import { kindAsked } from "./kind-asked.js";
import type { Lexicon } from "./lexicon/lexicon.js";
import { guardedTest } from "./lexicon/required-literals.js";
import { plainWords } from "./question-shape.js";

const RELATIONS = new Set(["partners", "lead", "members", "coordinate"]);

/** "…, UNMAS or OCHA?": answers offered at the end of a question, after a comma. */
const OFFERED = /,\s*([^,?]+?)\s+(?:or|ou)\s+([^,?]+?)\s*\?*\s*$/;

const SETTING =
  /(?<!\b(?:is|are|was|were|be|been|recorded|listed|named|counted|included|serves?|acts?|sits?|appears?|figures?|est|sont|figure) )\b(?:as|en tant que) (?:a |an |one of the |one of its |un |une |l un des |membre )?(?:members?|partners?|part|membres?|partenaires?) (?:of|in|de|du|des)(?: the| la| le| l)?$/;

export function askedRecord(ctx: Ctx, lex: Lexicon): Ctx {
  const { pq } = ctx;
  // (Answers the question offers are not what it asks about: they go last.)
  const offered = pq.yesNo ? undefined : OFFERED.exec(pq.folded);
  const plain = (t: string) => ` ${plainWords(t)} `;
  const choices = offered ? [plain(offered[1] as string), plain(offered[2] as string)] : [];
  const inTail = (n: { key: { text: string } }) =>
    choices.some((c) => c.includes(plain(n.key.text)));
  const named =
    offered && ctx.named.some((n) => !inTail(n))
      ? [...ctx.named.filter((n) => !inTail(n)), ...ctx.named.filter((n) => inTail(n))]
      : ctx.named;
  if (named !== ctx.named) ctx = { ...ctx, named };
  // "UNFPA is the one chairing the MARA evaluation?": a piece of work is led, not chaired — what
  // is asked of it is its lead. (Groups have chairs: "who chairs the IACG-MA".)
  if (
    pq.intent === "chair" &&
    ctx.named.some((n) => n.rec.type === "activity" && !!n.rec.lead) &&
    ctx.named.every((n) => n.rec.type === "activity" || n.rec.type === "entity") &&
    !ctx.named.some((n) => (ctx.model.relations.members.get(n.rec.id)?.length ?? 0) > 0)
  )
    pq.intent = "lead";
  // "What does the group that UNMAS chairs do?": the body described is asked about, not the records
  // its description names; named only by what a named record does to it, it is that record's.
  const at = pq.describedAt;
  if (at >= 0) {
    const inside = ctx.named.filter((n) => n.at > at);
    const before = ctx.named.filter((n) => n.at >= 0 && n.at < at);
    // (They only describe it: kept, a second record would make the answer their relation.)
    if (inside.length > 0 && before.length > 0)
      ctx = { ...ctx, named: ctx.named.filter((n) => !inside.includes(n)) };
    else if (inside.length > 0) ctx = describedBy(ctx, at, inside[0] as Ctx["named"][number], lex);
  }
  // "What did DPKO contribute to as a member of UN Action?": the record after "as a member of" is
  // the setting, not what is asked about.
  const setting = named.find(
    (n) => n.at >= 2 && SETTING.test(pq.words.slice(Math.max(0, n.at - 5), n.at).join(" ")),
  );
  if (setting && named.length > 1) return { ...ctx, named: named.filter((n) => n !== setting) };
  // "Is WHO part of the MARA assessment?": a body the knowledge lacks said to take part in a
  // piece of work asks about its partners, not where the work sits.
  if (
    pq.intent === "part_of" &&
    pq.yesNo &&
    named.length === 1 &&
    named[0]?.rec.type === "activity"
  ) {
    pq.intent = "partners";
    return ctx;
  }
  if (named.length < 2) return ctx;
  if (pq.intent === "part_of") {
    const activity = named.find((n) => n.rec.type === "activity");
    // (Or the body named before the cue with the work after it: "UN Women sits in the MARA
    // assessment with DPO" is about UN Women, whatever else is named.)
    const first = named.find((n) => n.rec.type === "entity");
    const entity =
      (first && activity && first.at >= 0 && first.at < activity.at ? first : undefined) ??
      named.find(
        (n) =>
          n.rec.type === "entity" &&
          n.at >= 0 &&
          activity &&
          n.at < pq.intentAt &&
          pq.intentAt < activity.at,
      );
    if (entity && activity) {
      pq.intent = "partners";
      return { ...ctx, named: [activity, ...named.filter((n) => n !== activity)] };
    }
    // "UNMAS, housed in the Department of …, chairs the IACG-MA": the record named just before
    // "housed in" is the one that sits somewhere; the one after, where.
    const before = named
      .filter((n) => n.at >= 0 && pq.intentAt >= 0 && n.at < pq.intentAt)
      .sort((a, b) => b.at - a.at)[0];
    const after = named.find((n) => n.at > pq.intentAt);
    if (before && after && named[0] !== before)
      return { ...ctx, named: [before, ...named.filter((n) => n !== before)] };
    return ctx;
  }
  const kinds = kindAsked(pq.words, lex);
  if (!kinds || !RELATIONS.has(pq.intent)) return ctx;
  const wanted = named.find(
    (n) => n.rec.type === "activity" && "kind" in n.rec && kinds.includes(n.rec.kind ?? ""),
  );
  if (!wanted) return ctx;
  pq.intent = "definition";
  return { ...ctx, named: [wanted, ...named.filter((n) => n !== wanted)] };
}

/**
 * The one record the named one chairs or leads, as the clause after `at` says (read with the
 * vocabulary's chair and lead cues: "the group that X chairs", "the work X leads"), put first.
 */
function describedBy(ctx: Ctx, at: number, doer: Ctx["named"][number], lex: Lexicon): Ctx {
  // (With the participle before `at`: "le groupe présidé par UNMAS" says "chaired" there.)
  const clause = ctx.pq.words.slice(Math.max(0, at - 1)).join(" ");
  const says = (type: string) => lex.cues.some((c) => c.type === type && guardedTest(c, clause));
  const r = ctx.model.relations;
  const ids = says("chair")
    ? (r.chairs.get(doer.rec.id) ?? [])
    : says("lead")
      ? (r.leads.get(doer.rec.id) ?? [])
      : [];
  const rec = ids.length === 1 ? ctx.model.byId.get(ids[0] as string) : undefined;
  if (!rec || rec.type === "membership" || rec.type === "source") return ctx;
  return { ...ctx, named: [{ rec, key: doer.key, at: at - 1 }, ...ctx.named] };
}
