// Shared pieces for the composers: display names, lists, dates, sources and links.
import type {
  Activity,
  Entity,
  KnowledgeModel,
  KnowledgeRecord,
  Resource,
} from "../../knowledge/model.js";
import { withoutAccents } from "../normalize.js";
import type { Fact, Intent, Link, RecordRef, RefusalReason } from "../types.js";

/** What a composer produces; the engine adds question, sources, suggestions and version. */
export interface Draft {
  intent: Intent;
  headline: string;
  primary?: KnowledgeRecord;
  facts: Fact[];
  related: KnowledgeRecord[];
  links: Link[];
  /** Records whose citations back the answer, most important first. */
  cited: KnowledgeRecord[];
  correction?: string;
  /** False when the composer found that the knowledge does not hold the answer after all. */
  answered?: boolean;
  /** Why, when not answered (default missing_fact). */
  reason?: RefusalReason;
  /**
   * The headline as a vocabulary message, for the question's language: composers have no
   * vocabulary, so the stage that answers writes it ("names no lead for {name}").
   */
  say?: { id: string; vars: Readonly<Record<string, string>> };
}

export function draft(intent: Intent, headline: string, primary?: KnowledgeRecord): Draft {
  return {
    intent,
    headline,
    facts: [],
    related: [],
    links: [],
    cited: primary ? [primary] : [],
    ...(primary ? { primary } : {}),
  };
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2020-11" → "November 2020", "2019-01-01" → "1 January 2019". */
export function formatDate(value: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  const month = m[2] ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  if (!month) return m[1] as string;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** A name short enough for a sentence: the official name, or a shorter alias for long ones. */
export function shortName(rec: KnowledgeRecord): string {
  switch (rec.type) {
    case "entity":
    case "activity":
    case "person": {
      if (rec.name.length <= 70) return rec.name;
      const alias = (rec.aliases ?? []).find((a) => a.length <= 70 && /^[\x20-\x7e]+$/.test(a));
      return alias ?? rec.name;
    }
    case "term":
      return rec.term;
    case "example":
    case "resource":
    case "source":
      return rec.title;
    case "membership":
      return rec.id;
  }
}

// Records are immutable once loaded: their display names are computed once.
const labels = new WeakMap<KnowledgeRecord, string>();
const refs = new WeakMap<KnowledgeRecord, RecordRef>();

/** "DPO (Department of Peace Operations)", "the MARA assessment", "CRSV (conflict-related ...)". */
export function label(rec: KnowledgeRecord): string {
  let out = labels.get(rec);
  if (out === undefined) {
    out = computeLabel(rec);
    labels.set(rec, out);
  }
  return out;
}

function computeLabel(rec: KnowledgeRecord): string {
  if (rec.type === "entity" || rec.type === "activity") {
    const acr = rec.acronyms?.[0];
    const name = shortName(rec);
    return acr && acr !== name ? `${acr} (${name})` : name;
  }
  if (rec.type === "term") return rec.term === rec.name ? rec.name : `${rec.term} (${rec.name})`;
  return shortName(rec);
}

/** The shortest everyday handle: the acronym when there is one. */
export function handle(rec: KnowledgeRecord): string {
  if (rec.type === "entity" || rec.type === "activity") return rec.acronyms?.[0] ?? shortName(rec);
  return shortName(rec);
}

/** A frozen, shared reference: answers only read it. */
export function ref(rec: KnowledgeRecord): RecordRef {
  let out = refs.get(rec);
  if (!out) {
    out = Object.freeze({ id: rec.id, kind: rec.type, label: label(rec) });
    refs.set(rec, out);
  }
  return out;
}

/** "A", "A and B", "A, B and C". */
export function andList(items: readonly string[], word = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}

/** Adds a fact listing records ("Partners: OHCHR, DPPA and UNICEF") when there are any. */
export function addListFact(
  d: Draft,
  factLabel: string,
  recs: readonly KnowledgeRecord[],
  name: (rec: KnowledgeRecord) => string = handle,
): void {
  if (recs.length === 0) return;
  d.facts.push({ label: factLabel, value: andList(recs.map(name)), refs: recs.map(ref) });
}

export function capitalize(s: string): string {
  return s.length === 0 ? s : s[0]?.toUpperCase() + s.slice(1);
}

/**
 * Joins texts into prose: each part becomes a sentence (capitalised, ending in punctuation), and a
 * part already said (or contained in an earlier one) is dropped.
 */
export function joinSentences(parts: readonly string[]): string {
  const out: string[] = [];
  const said: string[] = [];
  for (const p of parts) {
    const t = p.trim();
    if (t.length === 0) continue;
    const key = foldKey(t);
    if (said.some((x) => x.includes(key))) continue;
    said.push(key);
    out.push(sentence(capitalize(t)));
  }
  return out.join(" ");
}

const foldKeyCache = new Map<string, string>();

/** Lowercase letters and digits only, for "is this the same text" checks (memoised). */
export function foldKey(text: string): string {
  let out = foldKeyCache.get(text);
  if (out === undefined) {
    out = computeFoldKey(text);
    if (foldKeyCache.size > 20_000) foldKeyCache.clear();
    foldKeyCache.set(text, out);
  }
  return out;
}

function computeFoldKey(text: string): string {
  return withoutAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * A definition without a leading sentence that only restates the name: "Conflict-related sexual
 * violence. DPO strengthens …" after "CRSV stands for conflict-related sexual violence".
 */
export function withoutNameSentence(definition: string, names: readonly string[]): string {
  const first = /^[^.!?]*[.!?](?:\s+|$)/.exec(definition.trim());
  if (!first) return definition;
  const bare = (t: string) =>
    foldKey(t.replace(/\([^)]*\)/g, " ")).replace(/^(?:the|a|an|le|la|les|l) /, "");
  const head = bare(first[0]);
  if (!names.some((n) => bare(n) === head)) return definition;
  return definition.trim().slice(first[0].length).trim();
}

/** Ends a sentence exactly once. */
export function sentence(s: string): string {
  // A clause cut at ";" or "," ends as a sentence, not as "…;."
  const t = s.trim().replace(/[;,:]+$/, "");
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

export function get(model: KnowledgeModel, id: string | undefined): KnowledgeRecord | undefined {
  return id === undefined ? undefined : model.byId.get(id);
}

/** A record's one-line summary: an entity's or activity's own, else its label. */
export function summaryLine(rec: KnowledgeRecord): string {
  return rec.type === "entity" || rec.type === "activity" ? rec.summary : label(rec);
}

export function records(
  model: KnowledgeModel,
  ids: readonly string[] | undefined,
): KnowledgeRecord[] {
  const out: KnowledgeRecord[] = [];
  for (const id of ids ?? []) {
    const r = model.byId.get(id);
    if (r) out.push(r);
  }
  return out;
}

export function entities(model: KnowledgeModel, ids: readonly string[] | undefined): Entity[] {
  return records(model, ids).filter((r): r is Entity => r.type === "entity");
}

export function activities(model: KnowledgeModel, ids: readonly string[] | undefined): Activity[] {
  return records(model, ids).filter((r): r is Activity => r.type === "activity");
}

export function toLink(r: Resource): Link {
  return { title: r.title, url: r.url, access: r.access };
}

/** Resources about a record, then those tagged with its topics (terms: their own id). */
export function linksFor(
  model: KnowledgeModel,
  rec: KnowledgeRecord,
  viaTopics: boolean,
): Resource[] {
  if (rec.type === "resource") return [rec];
  const ids = new Set<string>(model.relations.resourcesAbout.get(rec.id) ?? []);
  for (const id of model.relations.resourcesByTopic.get(rec.id) ?? []) ids.add(id);
  if (viaTopics && "topics" in rec) {
    for (const t of rec.topics ?? []) {
      for (const id of model.relations.resourcesByTopic.get(t) ?? []) ids.add(id);
    }
  }
  return records(model, [...ids]).filter((r): r is Resource => r.type === "resource");
}

/** "since November 2020, ongoing". */
export function when(a: Activity): string {
  const parts: string[] = [];
  if (a.since) parts.push(`since ${formatDate(a.since)}`);
  if (a.until) parts.push(`until ${formatDate(a.until)}`);
  return parts.join(" ");
}

/** Splits prose into sentences, keeping abbreviations like "U.N." intact enough for display. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.;])\s+(?=[A-Z(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Clips a value for a fact line. */
export function clip(text: string, max = 300): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > max * 0.6 ? space : cut.length)}…`;
}

/** "the MARA assessment": activities and examples read better with an article. */
/** The name mid-sentence in a reply's language: "the MARA assessment"; French has no "the". */
/** A record's short name and handle in lowercase, as a text is searched for them. */
export function lowerNames(r: KnowledgeRecord): string[] {
  return [shortName(r), handle(r)].filter((n) => n.length > 1).map((n) => n.toLowerCase());
}

export function nameFor(rec: KnowledgeRecord, lang: string): string {
  if (lang === "en") return theName(rec);
  // A record known by a descriptive name ("MARA assessment") has its name in that language when
  // the knowledge marks one ("évaluation du MARA"); one with acronyms keeps its usual name.
  const short = shortName(rec);
  const acronyms = "acronyms" in rec ? (rec.acronyms ?? []) : [];
  const own =
    "nameLang" in rec && acronyms.length === 0
      ? Object.entries(rec.nameLang ?? {}).find(([n, l]) => l === lang && n.length <= 70)?.[0]
      : undefined;
  return own ?? short;
}

export function theName(rec: KnowledgeRecord): string {
  const n = shortName(rec);
  if ((rec.type === "activity" || rec.type === "example") && !/^the\b/i.test(n)) return `the ${n}`;
  return n;
}
