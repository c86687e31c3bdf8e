// "What is UNICEF's role in mine action?", "quel est le rôle du HCDH dans l'état de droit ?": a
// body's role in a thing the knowledge never links it to is not known. Describing the thing (or
// the body) instead would read as an answer; the refusal says so and what the body does.

import { linked } from "./claim.js";
import { handle, nameFor, summaryLine } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import type { Core } from "./core.js";
import { inClass, message } from "./lexicon/lexicon.js";

export function unlinkedRole(core: Core, ctx: Ctx): string | undefined {
  const { pq, lex } = ctx;
  if (pq.intent !== "role" || pq.yesNo || ctx.named.length !== 2) return undefined;
  const [actor, field] = [...ctx.named].sort((a, b) => a.at - b.at);
  if (!actor || !field || actor.at < 0 || field.at <= actor.at) return undefined;
  if (actor.rec.type !== "entity" || actor.rec.id === field.rec.id) return undefined;
  // The body comes first and the thing after a word that puts it inside ("in", "dans", "within").
  const between = pq.words.slice(actor.at + 1, field.at);
  if (!between.some((w) => inClass(lex, "field_words", w))) return undefined;
  if (linked(core, actor.rec, field.rec)) return undefined;
  const name = handle(actor.rec);
  const where = pq.lang === "en" ? handle(field.rec) : nameFor(field.rec, pq.lang);
  return `${message(lex, "no_role_in", pq.lang, { name, field: where })} ${name}: ${summaryLine(actor.rec)}`;
}
