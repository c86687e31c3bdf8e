// Checks what a yes/no question claims against the knowledge before the answer says "Yes": the
// records it names must be linked by a fact or a relation, the years it states must be the ones
// the knowledge gives, and a name the knowledge lacks is a "no" only where the list is complete.
import type { KnowledgeModel, KnowledgeRecord } from "../knowledge/model.js";
import { andList, type Draft, handle, shortName, theName } from "./compose/common.js";
import type { Core } from "./core.js";
import type { ScoredFact } from "./fact-score.js";
import { inClass } from "./lexicon/lexicon.js";

export type ClaimCheck =
  | { kind: "ok"; draft: Draft; confirmed: boolean }
  | {
      kind: "refuse";
      text: string;
      reason: "no_date" | "unknown_name" | "missing_fact";
      /** A change to the timeline the claim dates ("extended into 2023"), which no fact records. */
      change?: string;
    };

const YEAR = /\b(?:19|20)\d\d(?=s?\b)/g;

/** Ids of records this one is linked to by a relation the knowledge stores. */
function relationsOf(model: KnowledgeModel, rec: KnowledgeRecord): Set<string> {
  const ids = new Set<string>();
  const add = (xs: readonly string[] | undefined) => {
    for (const x of xs ?? []) ids.add(x);
  };
  if ("part_of" in rec && rec.part_of) ids.add(rec.part_of);
  if ("related" in rec) add(rec.related);
  // (A link is about its topics: "the iSeek link on SEA".)
  if ("topics" in rec) add(rec.topics as readonly string[] | undefined);
  if (rec.type === "activity")
    add([...(rec.lead ? [rec.lead] : []), ...(rec.partners ?? []), ...(rec.contributors ?? [])]);
  if (rec.type === "example") add(rec.who);
  add(model.relations.parts.get(rec.id));
  for (const m of model.relations.memberOf.get(rec.id) ?? []) ids.add(m.group);
  for (const m of model.relations.members.get(rec.id) ?? []) ids.add(m.member);
  add(model.relations.leads.get(rec.id));
  add(model.relations.partnerIn.get(rec.id));
  add(model.relations.contributesTo.get(rec.id));
  return ids;
}

const names = (r: KnowledgeRecord) => [shortName(r), handle(r)].filter((n) => n.length > 2);

export function linked(core: Core, a: KnowledgeRecord, b: KnowledgeRecord): boolean {
  if (relationsOf(core.model, a).has(b.id) || relationsOf(core.model, b).has(a.id)) return true;
  const says = (x: KnowledgeRecord, y: KnowledgeRecord) =>
    core.facts
      .factsOf(x)
      .some((f) => f.objects.includes(y.id) || names(y).some((n) => f.text.includes(n)));
  return says(a, b) || says(b, a);
}

/**
 * "The Team of Experts works on mine action": of a term and a record the claim says works on it,
 * the record and the other topics the knowledge links it to, if any (its topics are then stated).
 */
function topicsOf(
  core: Core,
  a: KnowledgeRecord,
  b: KnowledgeRecord,
): { rec: KnowledgeRecord; topics: KnowledgeRecord[] } | undefined {
  // ("The MARA is about SEA": of two terms, the claim's subject is the record, the other the topic.)
  const [term, rec] = a.type === "term" && b.type !== "term" ? [a, b] : [b, a];
  if (term.type !== "term") return undefined;
  const topics = [...core.model.terms.values()].filter(
    (t) => t.id !== term.id && t.id !== rec.id && linked(core, rec, t),
  );
  return topics.length > 0 ? { rec, topics } : undefined;
}

export function checkClaim(
  core: Core,
  d: Draft,
  opts: {
    named: readonly KnowledgeRecord[];
    words: readonly string[];
    /** Acronym-shaped names the knowledge lacks ("IOM"): an organisation it may simply not list. */
    unknownNames: readonly string[];
    /** Other words the claim rests on that the knowledge does not hold ("border management"). */
    unheld: readonly string[];
    confirmed: boolean;
    /** The knowledge states this list in full (an activity's lead and partners). */
    completeList: boolean;
    /** The composer answered the claimed relation itself (who leads it, where it sits…). */
    statesRelation: boolean;
    /** The short card of a record, for a "no" about a claim the knowledge does not back. */
    cardOf(rec: KnowledgeRecord): Draft;
    /** What the claim is about, when the question says (the first record it names that is no body). */
    subject?: KnowledgeRecord;
    /** The claim says what a record works on ("is about CRSV", "works on mine action"). */
    topical?: boolean;
    /** The claim has ordinary words the knowledge never uses ("pulled out"). */
    saysMore?: boolean;
    /** The facts that best match the claim's other words, best first (scored only if needed). */
    facts?: () => readonly ScoredFact[];
  },
): ClaimCheck {
  const subject =
    opts.subject ?? opts.named.find((r) => r.type !== "entity") ?? d.primary ?? opts.named[0];
  // "The GFP draws on UNHCR's expertise": the fact about the subject that matches the claim's
  // other words names someone else, so the claim is false and that fact is the correction.
  const correcting = (claimed: readonly string[]): ClaimCheck | undefined => {
    // Other records the claim names (the one said to do it) must be in the fact too.
    const others = opts.named
      .map((r) => r.id)
      .filter((id) => id !== subject?.id && !claimed.includes(id));
    const top = opts
      .facts?.()
      .find(
        (f) =>
          (others.length === 0 ||
            others.some((o) => f.fact.subject === o || f.fact.objects.includes(o))) &&
          !!subject &&
          (f.fact.subject === subject.id ||
            f.fact.objects.includes(subject.id) ||
            names(subject).some((n) => f.fact.text.includes(n))) &&
          f.coverage >= 0.5 &&
          f.matched.some((m) => m !== "#record") &&
          f.fact.objects.length > 0 &&
          !f.fact.objects.some((o) => claimed.includes(o)),
      );
    if (!top || !subject) return undefined;
    // The subject's own card follows the correcting fact (not a fact the answer led with).
    const card = opts.cardOf(subject);
    return { kind: "ok", draft: { ...card, correction: `No: ${top.fact.text}` }, confirmed: false };
  };
  if (opts.unknownNames.length > 0 && !opts.completeList) {
    return (
      correcting([]) ?? {
        kind: "refuse",
        text: opts.unknownNames.join(", "),
        reason: "unknown_name",
      }
    );
  }
  const subject0 = subject;
  if (opts.unheld.length > 0 && subject0 && !d.correction) {
    const card = d.primary?.id === subject0.id ? d : opts.cardOf(subject0);
    const what = opts.unheld.join(", ");
    return {
      kind: "ok",
      draft: {
        ...card,
        correction: `No: my knowledge base says nothing of ${what} for ${theName(subject0)}; what it holds:`,
      },
      confirmed: false,
    };
  }
  const years: string[] = opts.words.join(" ").match(YEAR) ?? [];
  if (years.length > 0) {
    const said: string[] =
      [d.headline, ...d.facts.map((f) => f.value), d.correction ?? ""].join(" ").match(YEAR) ?? [];
    const name = d.primary ? theName(d.primary) : "that";
    if (said.length === 0) return { kind: "refuse", text: name, reason: "no_date" };
    if (!years.some((y) => said.includes(y))) {
      // "did the MARA eval get extended into 2023?": the dates held say nothing of a change.
      const change = opts.words.find((w) => inClass(core.lex, "timeline_changes", w));
      if (change) return { kind: "refuse", text: name, reason: "no_date", change };
      // (A headline that itself says yes is no correction's wording: "Yes, in effect: …".)
      const headline = d.headline.replace(/^(?:Yes|Oui)\b[^:]{0,20}:\s*/, "");
      return {
        kind: "ok",
        draft: { ...d, correction: d.correction ?? `No: ${headline}` },
        confirmed: false,
      };
    }
  }
  // The records the claim relates must be related in the knowledge.
  // (A composer's own verdict, "No: … is part of DPO", already corrects the claim.)
  if (subject && !d.correction && !/^No[:,]/.test(d.headline)) {
    for (const other of opts.named) {
      if (other.id === subject.id || linked(core, subject, other)) continue;
      // "No" only where the knowledge states the claimed relation for the subject (who ran the
      // programme); "does UNICEF fund it?" is a relation it does not hold either way.
      // An activity's lead, partners and contributors are stated in full, whatever answered.
      // (An activity with no recorded lead does not say who commissioned or ran it.)
      // A record's topics are stated too: "works on mine action" when its facts name other topics.
      const topical = opts.topical ? topicsOf(core, subject, other) : undefined;
      const stated =
        opts.statesRelation ||
        (subject.type === "activity" && other.type === "entity" && !!subject.lead) ||
        topical !== undefined;
      // The fact stating who does it, when one matches the claim, is the best correction.
      const corrected = correcting([other.id]);
      if (corrected) return corrected;
      if (!stated) return { kind: "refuse", text: theName(subject), reason: "missing_fact" };
      // (On a topic claim, the card is the record's, and the correction says what it is about.)
      const shown = topical?.rec ?? subject;
      const instead = topical
        ? ` It links ${handle(topical.rec)} to ${andList(topical.topics.slice(0, 3).map(handle))}.`
        : "";
      return {
        kind: "ok",
        draft: {
          ...(d.primary?.id === shown.id ? d : opts.cardOf(shown)),
          correction: `No: my knowledge base doesn't link ${handle(other)} to ${theName(subject)}.${instead}`,
        },
        confirmed: false,
      };
    }
  }
  // "Was UNICEF among the entities DPO coordinated with on the MARA assessment?": an activity's
  // lead, partners and contributors are stated in full, so naming them all confirms the claim.
  const inLists =
    subject?.type === "activity" &&
    opts.named.length > 1 &&
    opts.named.every(
      (r) =>
        r.id === subject.id ||
        subject.lead === r.id ||
        subject.partners?.includes(r.id) ||
        subject.contributors?.includes(r.id),
    );
  // (Only when the claim says nothing else the knowledge lacks: "… because UNICEF pulled out".)
  return {
    kind: "ok",
    draft: d,
    confirmed: opts.confirmed || (inLists && !d.correction && !opts.saysMore),
  };
}
