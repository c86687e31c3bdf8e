// Where a cue stands says whether it asks: right after a word that sets a thing aside ("beyond
// chairing the group"), before a kind of body ("what are the organisations…"), or inside a
// relative clause describing a body ("the group that UNMAS chairs") it does not.
import { inClass, type Lexicon } from "./lexicon/lexicon.js";

/** "the inter agency group that …": a noun after "the" (a word or three between), then "that". */
// (Not after a copula: in "DPO is the agency that chairs UN Action" the relative is the claim.)
// (Or a participle: "the inter-agency group chaired by UNMAS", "le groupe présidé par UNMAS".)
export const DEFINITE_RELATIVE =
  /(?<!\b(?:is|are|was|were|be|been|not|est|sont) )\b(?:the (?:[\w]+ ){0,3}?(?:group|network|office|department|body|entity|agency|team|service|unit|arrangement|study|assessment|programme|program|initiative) (?:(?:that|which) (?!is\b|are\b|was\b|were\b)|(?:chaired|led|headed|run|coordinated|hosted|housed|convened) by )|(?:le|la|les) (?:[\w]+ ){0,3}?(?:groupe|reseau|bureau|departement|organe|entite|agence|equipe|service|dispositif|etude|evaluation|programme|initiative) (?:[\w]+ )?(?:presidee?s?|dirigee?s?|menee?s?|coordonnee?s?|pilotee?s?|heberge(?:e|s|es)?) par )/;

/** Whether the words just before `at` set a thing aside ("beyond", "apart from", "en plus de"). */
export function setAsideBefore(joined: string, at: number, lex: Lexicon): boolean {
  if (at === 0) return false;
  const before = joined.slice(0, at).trimEnd().split(" ");
  return [1, 2, 3].some(
    (k) => before.length >= k && inClass(lex, "except_markers", before.slice(-k).join(" ")),
  );
}

/** Whether a kind of body follows the match ("what are [the] organisations …"). */
export function kindAfter(joined: string, m: RegExpExecArray, lex: Lexicon): boolean {
  const next = /^ (?:the |all the )?(\w+)/.exec(joined.slice(m.index + m[0].length))?.[1];
  return next !== undefined && (lex.kindWords.has(next) || inClass(lex, "kind_plurals", next));
}
