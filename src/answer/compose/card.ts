// A record's short card: what it is, the few facts that place it, what it relates to. The
// answer when nothing more specific is asked or found.
import type { KnowledgeRecord } from "../../knowledge/model.js";
import { ownText } from "../record-fields.js";
import {
  addListFact,
  andList,
  capitalize,
  clip,
  type Draft,
  draft,
  entities,
  formatDate,
  get,
  handle,
  joinSentences,
  label,
  ref,
  sentence,
  when,
  withoutNameSentence,
} from "./common.js";
import { type Ctx, focusSentences } from "./context.js";
import { partOfChain } from "./subject.js";
/** A few facts that place a record: lead, partners, where it sits, since when. */
export function keyFacts(ctx: Ctx, rec: KnowledgeRecord, d: Draft): void {
  const { model } = ctx;
  if (rec.type === "activity") {
    const lead = get(model, rec.lead);
    if (lead) d.facts.push({ label: "Lead", value: label(lead), refs: [ref(lead)] });
    addListFact(d, "Partners", entities(model, rec.partners));
    addListFact(d, "Contributors", entities(model, rec.contributors));
    const w = when(rec);
    if (w || rec.status)
      d.facts.push({
        label: "When",
        value: [capitalize(w), rec.status ?? ""].filter(Boolean).join(", "),
      });
    const under = get(model, rec.part_of);
    if (under) d.facts.push({ label: "Part of", value: label(under), refs: [ref(under)] });
  } else if (rec.type === "entity") {
    const chain = partOfChain(ctx, rec);
    if (chain.length > 0)
      d.facts.push({
        label: "Part of",
        value: chain.map(handle).join(", in "),
        refs: chain.map(ref),
      });
    for (const f of rec.former_names ?? []) {
      const acr = f.acronyms?.[0];
      d.facts.push({
        label: "Former name",
        value: `${acr ? `${acr} (${f.name})` : f.name}${f.until ? `, until ${formatDate(f.until)}` : ""}`,
      });
      break;
    }
  } else if (rec.type === "example") {
    // What the example was about matters more than who and where, which its title often says.
    const who = entities(model, rec.who);
    if (rec.focus) d.facts.push({ label: "Focus", value: rec.focus });
    if (who.length > 0)
      d.facts.push({ label: "Who", value: andList(who.map(label)), refs: who.map(ref) });
    if (rec.place) d.facts.push({ label: "Where", value: rec.place });
  }
}

export function addFocus(ctx: Ctx, rec: KnowledgeRecord, d: Draft, already: string): void {
  const extra = focusSentences(ctx, ownText(rec), ctx.residual, 2).filter(
    (s) => !already.includes(s),
  );
  if (extra.length > 0)
    d.facts.unshift({ label: "In particular", value: clip(joinSentences(extra), 400) });
}

export function definition(ctx: Ctx, rec: KnowledgeRecord): Draft {
  const { model } = ctx;
  let headline: string;
  switch (rec.type) {
    case "entity": {
      const used = ctx.named[0]?.key;
      const former = (rec.former_names ?? []).find(
        (f) => used && (f.name === used.text || (f.acronyms ?? []).includes(used.text)),
      );
      if (former) {
        const acr = former.acronyms?.[0];
        headline = `${acr ? `${acr} (${former.name})` : former.name} is the former name of ${label(rec)}${
          former.until ? `, until ${formatDate(former.until)}` : ""
        }. ${former.note ? sentence(former.note) : ""} ${label(rec)}: ${sentence(rec.summary)}`;
      } else headline = `${label(rec)}: ${sentence(rec.summary)}`;
      break;
    }
    case "activity":
      headline = `${label(rec)}: ${sentence(rec.summary)}`;
      break;
    case "term": {
      const def = withoutNameSentence(rec.definition, [rec.name, rec.term, ...(rec.aliases ?? [])]);
      headline =
        rec.term === rec.name
          ? `${capitalize(rec.name)}: ${def ? sentence(def) : ""}`
          : `${rec.term} stands for ${rec.name}.${def ? ` ${sentence(def)}` : ""}`;
      break;
    }
    case "example":
      headline = `${rec.title}: ${sentence(rec.what)}`;
      break;
    case "resource":
      headline = `${rec.title}: ${rec.url}${rec.summary ? ` — ${sentence(rec.summary)}` : ""}`;
      break;
    default:
      headline = label(rec);
  }
  const d = draft("definition", headline.replace(/\s+/g, " ").trim(), rec);
  keyFacts(ctx, rec, d);
  if (rec.type === "entity" && rec.roles && rec.roles.length > 0)
    d.facts.push({ label: "Role", value: rec.roles.slice(0, 2).join("; ") });
  if (rec.type === "activity" && rec.purpose)
    d.facts.push({ label: "Purpose", value: rec.purpose });
  if (rec.type === "resource") d.links.push({ title: rec.title, url: rec.url, access: rec.access });
  addFocus(ctx, rec, d, headline);
  d.related = relatedOf(ctx, rec);
  void model;
  return d;
}

export function relatedOf(ctx: Ctx, rec: KnowledgeRecord): KnowledgeRecord[] {
  const ids = new Set<string>();
  if ("related" in rec) for (const id of rec.related ?? []) ids.add(id);
  for (const id of ctx.model.relations.relatedFrom.get(rec.id) ?? []) ids.add(id);
  ids.delete(rec.id);
  const out: KnowledgeRecord[] = [];
  for (const id of ids) {
    const r = ctx.model.byId.get(id);
    if (r) out.push(r);
    if (out.length >= 5) break;
  }
  return out;
}
