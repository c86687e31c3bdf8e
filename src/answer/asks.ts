// Questions that ask for a kind of value — a count, a date, findings — beyond their type. When the
// record holds a list, a count of it is an answer ("Five: …"); when it holds no such value, the
// refusal says so and what it does hold.
import type { KnowledgeRecord } from "../knowledge/model.js";
import { andList, type Draft, handle, nameFor, records, theName } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import { subject } from "./compose/subject.js";
import { inClass, type Lexicon, message } from "./lexicon/lexicon.js";
import { guardedTest } from "./lexicon/required-literals.js";
import type { Ask } from "./lexicon/schema.js";
import type { RefusalReason } from "./types.js";

export function asked(lex: Lexicon, words: readonly string[]): Set<Ask> {
  const joined = words.join(" ");
  const out = new Set<Ask>();
  for (const a of lex.asks) if (guardedTest(a, joined)) out.add(a.ask);
  // "what will it result in" asks what it is for, not for findings it has produced.
  // (The modal must come with the results word: "would you share the findings" asks for them.)
  if (
    out.has("results") &&
    /\b(?:will|would|expected|intended|supposed|going to|meant to|aim)\b(?: \w+){0,4} (?:result|results|lead|outcome|produce)\b|\b(?:result|results|outcome) (?:\w+ ){0,3}(?:will|would|expected|intended|supposed)\b/.test(
      joined,
    )
  )
    out.delete("results");
  return out;
}

const NUMBERS: Record<string, readonly string[]> = {
  en: [
    "None",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
  ],
  fr: [
    "Aucun",
    "Un",
    "Deux",
    "Trois",
    "Quatre",
    "Cinq",
    "Six",
    "Sept",
    "Huit",
    "Neuf",
    "Dix",
    "Onze",
    "Douze",
  ],
};

/** "Five: OHCHR, OSRSG-SVC, DPPA, UNFPA and UNICEF." in the question's language. */
export function countLine(lex: Lexicon, lang: string, items: readonly string[]): string {
  return message(lex, "count", lang, {
    count: countWord(items.length, lang),
    list: andList(items),
  });
}

export function countWord(n: number, lang: string): string {
  return (NUMBERS[lang] ?? (NUMBERS.en as readonly string[]))[n] ?? String(n);
}

/** What the lists the knowledge holds count: organisations, partners, members, links, parts. */
const COUNTABLE =
  /^(?:partners?|members?|orgs?|organi[sz]ations?|entities|entity|agenc\w*|bod(?:y|ies)|offices?|departments?|groups?|actors?|links?|resources?|urls?|parts?|units?|services?|funds?|participants?|contributors?|partenaires?|membres?|entites?|organisations?|liens?|ones|of)$/;

export type AskOutcome =
  | { kind: "draft"; draft: Draft }
  | { kind: "refuse"; text: string; reason: RefusalReason; noList?: boolean; people?: boolean };

/** A list the knowledge states in full for this record and question, if any. */
function listFor(
  ctx: Ctx,
  rec: KnowledgeRecord,
): { items: KnowledgeRecord[]; complete: boolean } | undefined {
  const m = ctx.model;
  const t = ctx.pq.intent;
  if (
    rec.type === "activity" &&
    ["partners", "members", "lead", "definition", "role", "coordinate"].includes(t)
  ) {
    return { items: records(m, rec.partners), complete: true };
  }
  if (t === "resources") {
    const ids = [
      ...(m.relations.resourcesAbout.get(rec.id) ?? []),
      ...(m.relations.resourcesByTopic.get(rec.id) ?? []),
    ];
    return { items: records(m, [...new Set(ids)]), complete: true };
  }
  const members = m.relations.members.get(rec.id) ?? [];
  if (members.length > 0) {
    // A group's membership list is what the source happens to name, never a full roll.
    return {
      items: records(
        m,
        members.map((x) => x.member),
      ),
      complete: false,
    };
  }
  const parts = m.relations.parts.get(rec.id) ?? [];
  if (parts.length > 0 && t === "part_of") return { items: records(m, parts), complete: true };
  return undefined;
}

export function answerCount(ctx: Ctx, lex: Lexicon, d: Draft | undefined): AskOutcome {
  // The composer may have found the activity a topic stands for ("DPO's MARA work").
  const rec = d?.primary?.type === "activity" ? d.primary : subject(ctx);
  const lang = ctx.pq.lang;
  const list = listFor(ctx, rec);
  // (A piece of work by its name in the question's language, when it has one: "évaluation du MARA".)
  const name = rec.type === "activity" ? nameFor(rec, lang) : handle(rec);
  if (!list || list.items.length === 0) {
    return {
      kind: "refuse",
      text: message(lex, "no_count_bare", lang, { what: message(lex, "count_any", lang), name }),
      reason: "no_count",
      noList: true,
    };
  }
  // "How many countries…" counts countries: a list of partners is no answer to it.
  const all = ctx.pq.allWords.join(" ");
  const m = /\b(?:how many|number of|combien d[eu]s?)\s+(\w+)(?:\s+(\w+))?/.exec(all);
  // ("how many of them" counts the list; in "how many aspects of GFP work" "of" is no noun.)
  const nouns = m ? [m[1], m[2] === "of" ? undefined : m[2]].filter((w): w is string => !!w) : [];
  // ("how many population groups", "combien de catégories de personnes": groups of people are
  // counted in the list a fact spells out, not among the bodies.)
  const people = m
    ? all
        .slice(m.index)
        .split(" ")
        .slice(0, 6)
        .some((w) => inClass(lex, "people_nouns", w))
    : false;
  if (people || (nouns.length > 0 && !nouns.some((w) => COUNTABLE.test(w)))) {
    const what = message(lex, "count_of", lang, { noun: nouns[0] as string });
    return {
      kind: "refuse",
      text: message(lex, "no_count_bare", lang, { what, name }),
      reason: "no_count",
      noList: true,
      people,
    };
  }
  const names = andList(list.items.map(handle));
  if (!list.complete) {
    return {
      kind: "refuse",
      text: message(lex, "no_count", lang, {
        what: message(lex, "count_members", lang),
        name,
        list: message(lex, list.items.length > 1 ? "as_members" : "as_member", lang, { names }),
      }),
      reason: "no_count",
    };
  }
  const headline = countLine(lex, lang, list.items.map(handle));
  const base = d ?? {
    intent: ctx.pq.intent,
    headline,
    facts: [],
    related: [],
    links: [],
    cited: [rec],
    primary: rec,
  };
  return {
    kind: "draft",
    draft: {
      ...base,
      headline,
      facts: d ? [{ label: "Details", value: d.headline }, ...d.facts] : base.facts,
    },
  };
}

export function refuseResults(ctx: Ctx, lex: Lexicon, d: Draft | undefined): AskOutcome {
  const rec = subject(ctx);
  const lang = ctx.pq.lang;
  const name =
    lang !== "en" ? nameFor(rec, lang) : rec.type === "activity" ? theName(rec) : handle(rec);
  const outcome = rec.type === "activity" ? rec.outcome : undefined;
  const holds = outcome
    ? `; ${message(lex, "it_says_that", lang)} ${outcome.charAt(0).toLowerCase()}${outcome.slice(1).replace(/\.$/, "")}`
    : d
      ? `; ${message(lex, "what_it_holds", lang)} ${d.headline.replace(/\.$/, "")}`
      : "";
  return {
    kind: "refuse",
    text: message(lex, "no_results", ctx.pq.lang, { name, holds }),
    reason: "no_results",
  };
}

/** A "when" question about an end, not a start. */
const END_ASKED =
  /\b(?:end|ends|ending|wrap up|wraps up|finish|finishes|finished|conclude|concludes|completed|complete|completion|due|close|closes|came out|come out|published|released|issued|termine\w*|fin|fini\w*|achev\w*|publie\w*)\b/;

/**
 * "When does X end?": an answer without a date is no answer to it, nor is a start date to a
 * question about the end ("when does the review wrap up?" — "since November 2020, ongoing").
 */
export function answersWhen(words: readonly string[], d: Draft): boolean {
  const shown = [d.headline, ...d.facts.map((f) => f.value)].join(" ");
  if (!/\b(?:19|20)\d\d\b/.test(shown)) return false;
  return (
    !END_ASKED.test(words.join(" ")) ||
    /\b(?:until|ended|completed|finished|concluded|closed)\b/i.test(shown)
  );
}
