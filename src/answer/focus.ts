// "DPO's MARA work", "the OHCHR part of the MARA": a question naming two records an activity
// links (its lead, a partner, its topic) is about that activity, even when it names it only so.
import type { Ctx } from "./compose/context.js";
import { inClass, type Lexicon } from "./lexicon/lexicon.js";
import type { Intent } from "./types.js";

// \p{…} patterns sit at module level: esbuild compiles such a literal to `new RegExp` per use.
/** Anything between words. */
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** The types whose answer is an activity's: who does it with whom, since when, how many, who is part of it. */
const ABOUT_ACTIVITY = new Set<Intent>(["status", "partners", "lead", "coordinate", "part_of"]);

/**
 * An activity the question names by its doer and its topic: one named entity leads it or takes part
 * in it, and another named record is what it is about (its related records or topics).
 */
export function withFocusActivity(ctx: Ctx, counting: boolean): Ctx {
  if (!(counting || ABOUT_ACTIVITY.has(ctx.pq.intent)) || ctx.named.length < 2) return ctx;
  if (ctx.named.some((n) => n.rec.type === "activity" || n.rec.type === "example")) return ctx;
  const r = ctx.model.relations;
  const ids = new Set(ctx.named.slice(0, 4).map((n) => n.rec.id));
  for (const n of ctx.named.slice(0, 4)) {
    if (n.rec.type !== "entity") continue;
    const doing = [
      ...(r.leads.get(n.rec.id) ?? []),
      ...(r.partnerIn.get(n.rec.id) ?? []),
      ...(r.contributesTo.get(n.rec.id) ?? []),
    ];
    for (const id of doing) {
      const a = ctx.model.activities.get(id);
      const about = [...(a?.related ?? []), ...(a?.topics ?? [])];
      const topic = ctx.named.find(
        (t) => t.rec.id !== n.rec.id && about.includes(t.rec.id) && ctx.model.terms.has(t.rec.id),
      );
      // (The activity stands where its topic was named: "is DPPA part of the MARA work?".)
      if (a && topic && ids.has(topic.rec.id))
        return { ...ctx, named: [{ rec: a, key: topic.key, at: topic.at }, ...ctx.named] };
    }
  }
  return ctx;
}

/**
 * "mara work since when": a topic named with a word for work on it is the one activity about that
 * topic (its first topic), when there is exactly one.
 */
export function withWorkOnTopic(ctx: Ctx, lex: Lexicon): Ctx {
  const first = ctx.named[0];
  if (!first || first.at < 0 || !ctx.model.terms.has(first.rec.id)) return ctx;
  const words = ctx.pq.words;
  const length = first.key.text.split(NON_WORD).filter(Boolean).length;
  const next = words[first.at + length];
  const before = words[first.at - 1];
  // ("the MARA partners", "who leads the MARA": what only a piece of work has is that work's.)
  const workWord =
    inClass(lex, "work_nouns", next ?? "") || inClass(lex, "work_nouns", before ?? "");
  // (The cue next to the name: "from the annual contribution — at which levels? … MARA" asks
  // about the MARA itself.)
  const whoDoes =
    (ctx.pq.intent === "partners" || ctx.pq.intent === "lead") &&
    ctx.pq.intentAt >= 0 &&
    Math.abs(ctx.pq.intentAt - first.at) <= 3;
  if (!workWord && !(whoDoes && ctx.named.length === 1)) return ctx;
  const about = [...ctx.model.activities.values()].filter((a) => a.topics?.[0] === first.rec.id);
  const [only] = about;
  if (!only || about.length > 1) return ctx;
  return { ...ctx, named: [{ rec: only, key: first.key, at: first.at }, ...ctx.named] };
}
