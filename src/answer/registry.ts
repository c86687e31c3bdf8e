// One entry per question type: the composer that answers it, and what happens when the named
// record does not hold the asked-for fact — refuse with the type's own message ("doesn't say who
// chairs X"), or fall back to the record's best facts and short card. createEngine checks that the
// vocabulary's types and this registry are the same set: no silent fall-through.
import type { KnowledgeRecord } from "../knowledge/model.js";
import { definition } from "./compose/card.js";
import type { Draft } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import { purpose, role } from "./compose/describe.js";
import { example, resources } from "./compose/links.js";
import { compare, history, naming } from "./compose/names.js";
import { partners } from "./compose/partners.js";
import { members, partOf } from "./compose/parts.js";
import { contact, contactTypesAsked } from "./compose/people.js";
import { notKnown } from "./compose/refusal.js";
import { roleIn } from "./compose/relation.js";
import { chair, coordinate, lead } from "./compose/relations.js";
import { status } from "./compose/status.js";
import type { Lexicon } from "./lexicon/lexicon.js";
import type { Intent, RefusalReason } from "./types.js";

export interface QuestionType {
  compose(ctx: Ctx, rec: KnowledgeRecord): Draft | undefined;
  /**
   * "refuse": a question of this type that the record cannot answer is refused with `missing`.
   * "who": refused only when it asks who ("who chairs X?"); "what does X chair?" falls back.
   * "fallback": the record's best facts answer instead.
   */
  whenMissing: "refuse" | "who" | "fallback";
  /** The refusal's wording, in the question's language, from the vocabulary. */
  missing(ctx: Ctx, rec: KnowledgeRecord, lex: Lexicon): string;
  reason: RefusalReason;
}

const say = (intent: Intent) => (ctx: Ctx, rec: KnowledgeRecord, lex: Lexicon) =>
  notKnown(lex, ctx.pq.lang, intent, rec);

export const QUESTION_TYPES: Readonly<Record<Exclude<Intent, "unknown">, QuestionType>> = {
  help: {
    compose: () => undefined,
    whenMissing: "fallback",
    missing: say("help"),
    reason: "no_match",
  },
  overview: {
    compose: () => undefined,
    whenMissing: "fallback",
    missing: say("overview"),
    reason: "no_match",
  },
  compare: {
    compose: (c) => compare(c),
    whenMissing: "fallback",
    missing: say("compare"),
    reason: "missing_fact",
  },
  role: {
    compose: (c, r) => roleIn(c) ?? role(c, r),
    whenMissing: "fallback",
    missing: say("role"),
    reason: "missing_fact",
  },
  history: {
    compose: (c, r) => history(c, r),
    whenMissing: "refuse",
    missing: say("history"),
    reason: "missing_fact",
  },
  status: {
    compose: (c) => status(c),
    whenMissing: "refuse",
    missing: say("status"),
    reason: "no_date",
  },
  acronym: {
    compose: (c, r) => naming(c, r),
    whenMissing: "refuse",
    missing: say("acronym"),
    reason: "missing_fact",
  },
  short_name: {
    compose: (c, r) => naming(c, r),
    whenMissing: "refuse",
    missing: say("short_name"),
    reason: "missing_fact",
  },
  resources: {
    compose: (c) => resources(c),
    whenMissing: "refuse",
    missing: say("resources"),
    reason: "no_link",
  },
  example: {
    compose: (c) => example(c),
    whenMissing: "refuse",
    missing: say("example"),
    reason: "missing_fact",
  },
  part_of: {
    compose: (c) => partOf(c),
    whenMissing: "who",
    missing: say("part_of"),
    reason: "missing_fact",
  },
  chair: {
    compose: (c) => chair(c),
    whenMissing: "who",
    missing: say("chair"),
    reason: "missing_fact",
  },
  purpose: {
    compose: (c, r) => purpose(c, r),
    whenMissing: "fallback",
    missing: say("purpose"),
    reason: "missing_fact",
  },
  lead: {
    compose: (c) => lead(c),
    whenMissing: "who",
    missing: say("lead"),
    reason: "missing_fact",
  },
  coordinate: {
    compose: (c) => coordinate(c),
    whenMissing: "who",
    missing: say("coordinate"),
    reason: "missing_fact",
  },
  partners: {
    compose: (c) => partners(c),
    whenMissing: "who",
    missing: say("partners"),
    reason: "missing_fact",
  },
  members: {
    compose: (c) => members(c),
    whenMissing: "who",
    missing: say("members"),
    reason: "missing_fact",
  },
  contact: {
    compose: (c, r) => contact(c, r, contactTypesAsked(c.pq.words)),
    whenMissing: "refuse",
    missing: say("contact"),
    reason: "missing_fact",
  },
  definition: {
    compose: (c, r) => definition(c, r),
    whenMissing: "fallback",
    missing: say("definition"),
    reason: "missing_fact",
  },
};

/** Vocabulary types without a registry entry, and registry entries no cue can reach. */
export function registryGaps(types: readonly string[]): {
  unhandled: string[];
  unreachable: string[];
} {
  const known = Object.keys(QUESTION_TYPES);
  return {
    unhandled: types.filter((t) => !known.includes(t)),
    // "definition" is also the default type, and "help" has an exact-phrase cue.
    unreachable: known.filter((t) => !types.includes(t) && t !== "definition"),
  };
}
