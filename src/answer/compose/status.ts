// "What is the status of X", "when did X start", "since when": an activity's dates and status, or
// since when an entity has had its current name. Leads with the date, the thing asked for.
import type { Activity, KnowledgeRecord } from "../../knowledge/model.js";
import { keyFacts } from "./card.js";
import {
  andList,
  capitalize,
  type Draft,
  draft,
  entities,
  formatDate,
  get,
  handle,
  label,
  theName,
} from "./common.js";
import type { Ctx } from "./context.js";
import { subject } from "./subject.js";

const DONE = /^(?:completed?|finished|ended|over|done|closed|termine\w*|fini\w*|acheve\w*)$/;
const GOING = /^(?:ongoing|active|running|going|current|continuing|en cours)$/;

function askedStatus(words: readonly string[]): "completed" | "ongoing" | undefined {
  for (const w of words) {
    if (DONE.test(w)) return "completed";
    if (GOING.test(w)) return "ongoing";
  }
  return undefined;
}

function activityStatus(ctx: Ctx, a: Activity): Draft | undefined {
  if (!a.since && !a.until && !a.status) return undefined;
  const lead = get(ctx.model, a.lead);
  const contributors = entities(ctx.model, a.contributors);
  const who = lead
    ? `, led by ${handle(lead)},`
    : contributors.length > 0
      ? `, with contributions from ${andList(contributors.map(handle))},`
      : "";
  const status = a.status ?? (a.until ? "completed" : "");
  let headline: string;
  if (a.since && a.until)
    headline = `From ${formatDate(a.since)} until ${formatDate(a.until)}: ${theName(a)}${who} ran for that period${status ? ` (${status})` : ""}.`;
  else if (a.since)
    headline = `Since ${formatDate(a.since)}: ${theName(a)}${who} ${status === "completed" ? "has been completed" : `is ${status || "under way"}`}.`;
  else if (a.until)
    headline = `Until ${formatDate(a.until)}: ${theName(a)}${who} ran until then${status ? ` (${status})` : ""}.`;
  else
    headline = `${capitalize(theName(a))}${who} is ${status}; my knowledge base gives no start date.`;
  // "is X completed?", "is X still ongoing?": yes or no first, when the question names a status.
  const asked = ctx.pq.yesNo ? askedStatus(ctx.pq.words) : undefined;
  if (asked && status) {
    const same = asked === (status === "completed" ? "completed" : "ongoing");
    const range = a.since
      ? ` (since ${formatDate(a.since)}${a.until ? `, until ${formatDate(a.until)}` : ""})`
      : "";
    headline = `${same ? "Yes" : "No"}: ${theName(a)}${who} is ${status}${range}.`;
  }
  const d = draft("status", headline.replace(/,,/g, ","), a);
  keyFacts(ctx, a, d);
  d.facts = d.facts.filter((f) => f.label !== "When");
  if (lead) d.cited.push(lead);
  return d;
}

function entityStatus(rec: KnowledgeRecord): Draft | undefined {
  if (rec.type !== "entity") return undefined;
  const f = (rec.former_names ?? []).find((x) => x.until);
  if (!f?.until) return undefined;
  const acr = f.acronyms?.[0];
  const d = draft(
    "status",
    `Since ${formatDate(f.until)}: ${label(rec)} has had its current name; before that it was ${acr ? `${acr} (${f.name})` : f.name}.`,
    rec,
  );
  d.facts.push({ label: "What it is", value: rec.summary });
  return d;
}

export function status(ctx: Ctx): Draft | undefined {
  const s = subject(ctx);
  if (s.type === "activity") return activityStatus(ctx, s);
  return entityStatus(s);
}
