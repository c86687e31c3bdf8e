// "Which peacekeeping missions use the MARA?", "what are the individual tiers of the PoC
// concept?": a question asking for things of a sort the knowledge never holds for the records it
// names (no record of that kind, no fact that mentions them), or for the separate items of a list
// it only mentions ("all tiers"), is refused, saying what is missing.

import type { KnowledgeModel } from "../knowledge/model.js";
import { handle, nameFor, shortName } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import type { Core } from "./core.js";
import { isDictionaryWord } from "./dictionary.js";
import { enumerationIn } from "./enumeration.js";
import { facetOfHeld } from "./facet-of.js";
import { isKindNoun } from "./kind-asked.js";
import { alternation, inClass, type Lexicon, lexiconPattern, message } from "./lexicon/lexicon.js";

// (Not after a preposition: "in which it operates" is a relative clause.)
const whichPlural = (lex: Lexicon) =>
  lexiconPattern(
    lex,
    "which-plural",
    () =>
      new RegExp(
        `(?<!\\b(?:${alternation(lex, "prepositions")}) )\\b(?:which|what) (?:(?:are|were) (?:the )?)?(?:(?!of\\b|the\\b)([a-z]+) )?([a-z]{3,}s)\\b(?: ([a-z]+))?`,
      ),
  );
const EACH =
  /\b(?:(?:(?:what|which) are|list(?: all)?|name) (?:the|those|these) (?!names? of\b)(?:individual |distinct |separate |various |different |main |key )?|names? of (?:the |those |these |its |all (?:the )?|each of the )|individual |distinct |separate |each of the |various |respective )([a-z]{3,}?)s?\b/;
/** "which tiers is that referring to exactly", "what tiers are in it": the separate items, as "the individual tiers". */
const WHICH_EXACTLY =
  /\b(?:which|what) ([a-z]{3,}?)s (?=(?:is|are|was|were) (?:that|those|these|they|it)\b|exactly\b|(?:are|were) (?:in|included in|part of|covered by|covered in)\b)/;

const NUMBER_WORD =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|both|few|several|many|deux|trois|quatre|cinq)$/;

const kindsOf = new WeakMap<KnowledgeModel, Set<string>>();

/** The record kinds a model holds, as analysed tokens (computed once per model). */
function kinds(core: Core): Set<string> {
  let out = kindsOf.get(core.model);
  if (!out) {
    out = new Set();
    for (const r of core.model.byId.values())
      if ("kind" in r && typeof r.kind === "string")
        for (const t of core.index.analyze(r.kind)) out.add(t);
    kindsOf.set(core.model, out);
  }
  return out;
}

export function unheldPlural(core: Core, ctx: Ctx): string | undefined {
  const joined = ctx.pq.words.join(" ");
  const rec = ctx.named[0]?.rec;
  if (!rec) return undefined;
  const partnersOf = whichPartners(core, ctx);
  if (partnersOf) return partnersOf;
  const facts = ctx.named.slice(0, 3).flatMap((n) => core.facts.factsOf(n.rec));
  const each = EACH.exec(joined) ?? WHICH_EXACTLY.exec(joined);
  // ("what are the IACG-MA's functions": the word after "the" is a name, not the noun; "the two
  // resource links": a number, not the noun.)
  if (each && !core.isName(each[1] as string) && !NUMBER_WORD.test(each[1] as string)) {
    // The separate items of a list the knowledge only mentions ("supports all tiers").
    const noun = core.index.analyze(each[1] as string)[0] ?? "";
    const mentioned = facts.filter((f) => f.tokens.has(noun));
    if (
      mentioned.length > 0 &&
      !held(core, each[1] as string) &&
      !mentioned.some((f) => enumerationIn(f.text))
    )
      return message(core.lex, "no_items", ctx.pq.lang, {
        what: `${each[1]}s`,
        name: nameFor(rec, ctx.pq.lang),
      });
  }
  const single = unknownNounAsked(core, ctx.pq.words, ctx.pq.lang);
  if (single)
    return message(core.lex, "no_such", ctx.pq.lang, {
      what: single,
      name: nameFor(rec, ctx.pq.lang),
    });
  const compound = unheldCompound(core, ctx.pq.words, facts);
  if (compound)
    return message(core.lex, "no_such", ctx.pq.lang, {
      what: compound,
      name: nameFor(rec, ctx.pq.lang),
    });
  const which = whichPlural(core.lex).exec(joined);
  if (!which) return undefined;
  const word = which[2] as string;
  const modifier = which[1];
  // "which entity serves…": the noun is the word after "which"; what follows is its verb.
  const next = which[3] ?? "";
  if (
    modifier &&
    (held(core, modifier) || core.lex.kindWords.has(modifier) || core.lex.stopWords.has(modifier))
  )
    return undefined;
  // "which United Nations entity": the plural is part of a name before the noun asked for;
  // "what comes out of it": a verb and its particle, no plural noun.
  if (held(core, next) || core.lex.kindWords.has(next) || PARTICLES.has(next)) return undefined;
  if (facetOfHeld(core, ctx.pq.words, ctx.pq.words.indexOf(word), facts)) return undefined;
  if (
    held(core, word) ||
    core.lex.stopWords.has(word) ||
    core.lex.cueWords.has(word) ||
    inClass(core.lex, "about_nouns", word)
  )
    return undefined;
  const noun = core.index.analyze(word)[0] ?? "";
  // A record of that kind or with it in a name, or a fact of a named record that mentions it.
  if (kinds(core).has(noun) || core.isName(word) || facts.some((f) => f.tokens.has(noun)))
    return undefined;
  return message(core.lex, "no_such", ctx.pq.lang, { what: word, name: nameFor(rec, ctx.pq.lang) });
}

// ("what serves as the evidence base", "what counts as": a verb and "as", no plural noun.)
const PARTICLES = new Set([
  "as",
  "out",
  "up",
  "down",
  "off",
  "from",
  "to",
  "into",
  "about",
  "over",
  "back",
]);
const WHICH_WORDS = new Set(["which", "what", "quel", "quelle"]);
/** Sorts a "who leads what" knowledge holds as records or lists, whatever the folder. */
const held = (core: Core, w: string) => inClass(core.lex, "held_sorts", w);
const preposition = (core: Core, w: string) => inClass(core.lex, "prepositions", w);
/** Contact kinds a folder may hold without naming them in any record's text. */
const CONTACT_KINDS = /^(?:calendar|channel|email|mail|list|website|site|phone|number|address)$/;

/**
 * "Which Security Council resolution established the MARA?": the noun asked for, past the names
 * before it, is an ordinary word the knowledge never uses at all (not a verb form, not a word its
 * glossary translates, not followed by the noun it qualifies).
 */
function unknownNounAsked(core: Core, words: readonly string[], lang: string): string | undefined {
  const at = words.findIndex(
    (w, i) => WHICH_WORDS.has(w) && !preposition(core, words[i - 1] ?? ""),
  );
  if (at < 0) return undefined;
  let i = at + 1;
  while (i < words.length && i <= at + 3 && core.isName(words[i] as string)) {
    // "which office within…": the noun asked for is one the knowledge holds.
    if (held(core, words[i] as string) || core.lex.kindWords.has(words[i] as string))
      return undefined;
    i++;
  }
  const noun = words[i];
  const next = words[i + 1] ?? "";
  if (!noun || noun.length < 4 || /(?:s|ed|ing)$/.test(noun) || preposition(core, noun))
    return undefined;
  // The noun is followed by its verb ("resolution established", "… is", end of question), or, in
  // French, by the name it belongs to ("quelle résolution du Conseil de sécurité").
  const complement = lang === "fr" && core.isName(next);
  // ("which Security Council resolution set it up": an irregular past is a verb too.)
  if (
    next &&
    !complement &&
    !core.lex.stopWords.has(next) &&
    !/(?:ed|es|s)$/.test(next) &&
    !inClass(core.lex, "irregular_pasts", next)
  )
    return undefined;
  if (
    held(core, noun) ||
    CONTACT_KINDS.test(noun) ||
    isKindNoun(noun, core.lex) ||
    core.lex.stopWords.has(noun) ||
    // ("what connection does the Council have with the MARA", "by what means…": no part it lacks.)
    inClass(core.lex, "about_nouns", noun) ||
    inClass(core.lex, "connection_nouns", noun)
  )
    return undefined;
  if (core.lex.cueWords.has(noun) || core.lex.kindWords.has(noun) || core.lex.filler.has(noun))
    return undefined;
  if ([...core.lex.glossary.values()].some((g) => g.has(noun))) return undefined;
  // "what concrete outcome": a word before a noun the knowledge uses qualifies it.
  if (
    next &&
    !complement &&
    !inClass(core.lex, "irregular_pasts", next) &&
    (core.knows(next) || held(core, next) || core.lex.kindWords.has(next))
  )
    return undefined;
  return core.knows(noun) || !isDictionaryWord(noun) ? undefined : noun;
}

/**
 * "Which UNICEF country offices participate in the MARA assessment?": a held kind ("offices")
 * qualified by an ordinary word into a sort no fact or name of the knowledge mentions.
 */
function unheldCompound(
  core: Core,
  words: readonly string[],
  facts: readonly { text: string }[],
): string | undefined {
  const at = words.findIndex(
    (w, i) => WHICH_WORDS.has(w) && !preposition(core, words[i - 1] ?? ""),
  );
  if (at < 0) return undefined;
  let i = at + 1;
  while (i < words.length && i <= at + 3 && core.isName(words[i] as string)) i++;
  const qualifier = words[i];
  const noun = words[i + 1];
  if (
    !qualifier ||
    !noun ||
    !inClass(core.lex, "qualifiers", qualifier) ||
    !inClass(core.lex, "body_nouns", noun)
  )
    return undefined;
  const phrase = `${qualifier} ${noun.replace(/s$/, "")}`;
  const said = facts.some((f) => f.text.toLowerCase().replace(/-/g, " ").includes(phrase));
  return said ? undefined : `${qualifier} ${noun}`;
}

const whichPartnerWords = (lex: Lexicon) =>
  lexiconPattern(
    lex,
    "which-partners",
    () =>
      new RegExp(
        `(?<!\\b(?:${alternation(lex, "prepositions")}) )\\b(?:which|what|names? of(?: the)?|list(?: of)?(?: the)?|quels?|quelles?|lesquels des|lesquelles des|noms? des)\\s+(?:\\w+\\s+)?(?:${alternation(lex, "partner_nouns")})\\b`,
      ),
  );

/**
 * "Which GFP partners implemented the joint programme in Liberia?": an example recorded as done
 * by a group's partners names the group, not which of its partners, so that is refused.
 */
function whichPartners(core: Core, ctx: Ctx): string | undefined {
  const example = ctx.named.find((n) => n.rec.type === "example")?.rec;
  if (example?.type !== "example") return undefined;
  // "which GFP partners", "the names of the partners", "quelles agences partenaires": the
  // asking word governs a word for partners. (All the words: "the names of the" is filler.)
  const all = ctx.pq.allWords.join(" ");
  const m = whichPartnerWords(core.lex).exec(all);
  if (!m) return undefined;
  // ("the joint programme which GFP partners implemented": after a noun, "which" relates.)
  const before = all.slice(0, m.index).trim().split(" ").pop() ?? "";
  if (before && (core.isName(before) || core.lex.kindWords.has(before))) return undefined;
  const words = ctx.pq.words;
  // The group is named with a word for its partners next to it ("GFP partners", "agences
  // partenaires du GFP"): "which actors did the programme target" asks nothing of the kind.
  const group = ctx.named.find(
    (n) =>
      example.who?.includes(n.rec.id) &&
      (core.model.relations.members.get(n.rec.id)?.length ?? 0) > 0 &&
      words
        .slice(Math.max(0, n.at - 3), n.at + 2)
        .some((w) => inClass(core.lex, "partner_nouns", w)),
  )?.rec;
  if (!group) return undefined;
  return message(core.lex, "no_which_partners", ctx.pq.lang, {
    group: handle(group),
    name: shortName(example),
  });
}
