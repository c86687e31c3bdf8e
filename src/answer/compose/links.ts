// Links, worked examples, and the overview of what the knowledge base holds.
import type { Entity, KnowledgeModel, KnowledgeRecord } from "../../knowledge/model.js";
import { asked } from "../asks.js";
import { definition } from "./card.js";
import {
  andList,
  type Draft,
  draft,
  handle,
  label,
  linksFor,
  nameFor,
  shortName,
  theName,
  toLink,
} from "./common.js";
import type { Ctx } from "./context.js";

export function resources(ctx: Ctx): Draft | undefined {
  // "is pseataskforce.org the only link for SEA?": a link named beside its topic asks for all
  // of the topic's links; a link named alone is that link.
  const order = [
    ...ctx.named.filter((n) => n.rec.type !== "resource"),
    ...ctx.named.filter((n) => n.rec.type === "resource"),
  ];
  // A record's own links (about it, or tagged with it) first, from any record named; only then
  // the links of a record's topic, said to be that: "a link to the scoping study" is not
  // answered by the links on SEA, as if they were the study's.
  for (const n of order) {
    const found = linksFor(ctx.model, n.rec, false);
    if (found.length > 0) return linksDraft(n.rec, found);
  }
  for (const n of order) {
    const rec = n.rec;
    const viaTopics = rec.type !== "entity" || ("topics" in rec && (rec.topics?.length ?? 0) <= 1);
    if (!viaTopics || !("topics" in rec)) continue;
    const found = linksFor(ctx.model, rec, true);
    if (found.length === 0) continue;
    // The topics whose links these are (not every topic has some).
    const topics = (rec.topics ?? []).flatMap((t) => {
      const term = ctx.model.byId.get(t);
      const has = (ctx.model.relations.resourcesByTopic.get(t)?.length ?? 0) > 0;
      return term && has ? [label(term)] : [];
    });
    const d = linksDraft(rec, found);
    const fr = ctx.pq.lang === "fr";
    const vars = { name: nameFor(rec, ctx.pq.lang), topics: andList(topics, fr ? "et" : "and") };
    // Asked for the thing's own address ("a link to the actual study"): not held, and said so.
    if (asked(ctx.lex, ctx.pq.words).has("own_link")) {
      d.headline = `My knowledge base holds no link for ${vars.name} itself; on ${vars.topics}, it holds these:`;
      d.say = { id: "no_own_link", vars };
      d.answered = false;
      d.reason = "no_link";
    } else {
      d.headline = `Links on ${vars.topics}, the subject of ${vars.name}:`;
      d.say = { id: "topic_links", vars };
    }
    return d;
  }
  return undefined;
}

function linksDraft(rec: KnowledgeRecord, found: ReturnType<typeof linksFor>): Draft {
  const d = draft(
    "resources",
    rec.type === "resource" ? `The link for ${rec.title}:` : `Links on ${label(rec)}:`,
    rec,
  );
  d.links = found.map(toLink);
  d.cited = [...found, rec];
  return d;
}

export function example(ctx: Ctx): Draft | undefined {
  const first = ctx.named[0]?.rec as KnowledgeRecord;
  let ex = first.type === "example" ? first : undefined;
  if (!ex) {
    for (const n of ctx.named) {
      const id = ctx.model.relations.examplesFor.get(n.rec.id)?.[0];
      // An example tagged with the topic asked about counts too.
      const found = id
        ? ctx.model.examples.get(id)
        : [...ctx.model.examples.values()].find((e) => e.topics?.includes(n.rec.id));
      if (found) {
        ex = found;
        break;
      }
    }
  }
  if (!ex) return undefined;
  const d = definition({ ...ctx, residual: [] }, ex);
  d.intent = "example";
  return d;
}

function topEntities(model: KnowledgeModel, n: number): Entity[] {
  const score = (id: string) =>
    (model.relations.leads.get(id)?.length ?? 0) * 3 +
    (model.relations.memberOf.get(id)?.length ?? 0) +
    (model.relations.members.get(id)?.length ?? 0) +
    (model.relations.relatedFrom.get(id)?.length ?? 0);
  return [...model.entities.values()]
    .sort((a, b) => score(b.id) - score(a.id) || a.id.localeCompare(b.id))
    .slice(0, n);
}

export function overview(model: KnowledgeModel, intent: "overview" | "help"): Draft {
  const ents = topEntities(model, 16);
  const acts = [...model.activities.values()].slice(0, 4);
  const terms = [...model.terms.values()].slice(0, 8);
  const d = draft(
    intent,
    'I answer "who leads what" questions from my knowledge base: who leads, chairs or coordinates something, what an organisation does, who its partners are, what an acronym stands for, and links on a topic.',
  );
  d.facts.push({
    label: "Organisations",
    value: `${andList(ents.map(handle))}${model.entities.size > ents.length ? ` (${model.entities.size} in all)` : ""}`,
  });
  if (acts.length > 0) d.facts.push({ label: "Activities", value: andList(acts.map(shortName)) });
  if (terms.length > 0)
    d.facts.push({ label: "Topics", value: andList(terms.map((t) => shortName(t))) });
  const examples = tryQuestions(model);
  if (examples.length > 0)
    d.facts.push({ label: "Try", value: examples.map((x) => `"${x.question}"`).join(", ") });
  d.related = ents.slice(0, 5);
  return d;
}

export { topEntities };

/**
 * Example questions built only from what the knowledge holds, so each one gets an answer: who
 * leads an activity that has a lead, what an entity with roles does, links on a topic that has
 * resources.
 */
export function tryQuestions(model: KnowledgeModel): { rec: KnowledgeRecord; question: string }[] {
  const out: { rec: KnowledgeRecord; question: string }[] = [];
  const led = [...model.activities.values()].find((a) => a.lead && model.byId.has(a.lead));
  if (led) out.push({ rec: led, question: `who leads ${theName(led)}?` });
  const doer = topEntities(model, 8).find((e) => e.type === "entity" && (e.roles?.length ?? 0) > 0);
  if (doer) out.push({ rec: doer, question: `what does ${handle(doer)} do?` });
  for (const t of model.terms.values()) {
    if (linksFor(model, t, true).length === 0) continue;
    out.push({ rec: t, question: `links on ${shortName(t)}` });
    break;
  }
  return out;
}

/** "every url you've got": the knowledge's links, when there are few enough to list. */
export function allLinks(model: KnowledgeModel): Draft | undefined {
  const rs = [...model.resources.values()];
  if (rs.length === 0 || rs.length > 8) return undefined;
  const d = draft("resources", "Links in my knowledge base:");
  d.links = rs.map(toLink);
  d.cited = rs;
  return d;
}
