// "The MARA is only used at country level, right?", "the IACG-MA only considers women and girls",
// "does the GFP cover just assessments and planning?": a claim that narrows (a narrowing word
// before what it keeps) a list that a fact states in full ("both at country level and at the level
// of the Security Council", "girls, women, boys and men") is false, and that fact is the
// correction. What the claim sets aside with a negation ("…, not for the Security Council") is not
// kept either.
import type { KnowledgeRecord } from "../knowledge/model.js";
import type { Core } from "./core.js";
import { inClass } from "./lexicon/lexicon.js";
import { plainWords } from "./question-shape.js";
import { stem } from "./tokens.js";

/** How far after a narrowing word the first word of what it keeps may stand. */
const REACH = 4;
/** As far again when only a short noun phrase and its preposition stand between ("just a
 * reporting tool for the Security Council"). */
const PHRASE_REACH = 7;

/** The members of each list a sentence coordinates, each as its stemmed content words. */
function coordinated(core: Core, sentence: string): string[][][] {
  const lists: string[][][] = [];
  const content = (part: string) =>
    plainWords(part)
      .split(" ")
      .filter((w) => w && !core.lex.stopWords.has(w))
      .map(stem);
  // The items of a list stand between commas; its last two are joined by "and".
  const segments = sentence.split(/[;:()]|\.\s/);
  for (const segment of segments) {
    const parts = segment.split(",");
    for (let i = 0; i < parts.length; i++) {
      const m = /^(.*?)\s+(?:and|as well as|et|ainsi que)\s+(.+)$/i.exec(parts[i] as string);
      if (!m) continue;
      const last = content(m[2] as string);
      let before = content(m[1] as string);
      // Short items before it ("girls, women, boys and men") belong to the same list; the first
      // item is the end of the words before the list, as long as the other items are.
      const items: string[][] = [];
      let j = i - 1;
      for (; j >= 0; j--) {
        // (Counted as typed: "in coordination with OHCHR" is where the list starts.)
        const item = content(parts[j] as string);
        if (item.length === 0 || (parts[j] as string).trim().split(/\s+/).length > 3) break;
        items.unshift(item);
      }
      // (As long as the shortest of them: "… in coordination with OHCHR, OSRSG-SVC, DPPA".)
      const width = Math.max(1, Math.min(last.length, ...items.map((x) => x.length)));
      if (items.length > 0) before = before.slice(-width);
      else if (before.length > 3) before = before.slice(-Math.max(width, last.length));
      if (j >= 0 && items.length > 0) items.unshift(content(parts[j] as string).slice(-width));
      const members = [...items, before, last].filter((x) => x.length > 0);
      if (members.length >= 2) lists.push(members);
    }
  }
  return lists;
}

/** The fact of one of the records whose list the claim narrows, if any. */
export function narrowedFact(
  core: Core,
  records: readonly KnowledgeRecord[],
  words: readonly string[],
  names: readonly (readonly string[])[],
  claimWords: readonly string[],
): string | undefined {
  const nameStems = names.map((n) => new Set(n.map(stem)));
  const restricts = words.flatMap((w, i) => (inClass(core.lex, "narrowing_words", w) ? [i] : []));
  // ("Is DPPA part of it or is it only OHCHR?": an alternative asks which, it claims neither.
  // Read on the claim without its opener: "true or false:" offers no alternative.)
  if (restricts.length === 0 || claimWords.some((w) => inClass(core.lex, "alternative_words", w)))
    return undefined;
  const stems = words.map(stem);
  // Words set aside by a negation ("not for the Security Council", "not men/boys") are not kept.
  const negated = new Set<number>();
  words.forEach((w, i) => {
    if (!core.lex.negations.has(w)) return;
    for (let k = i + 1; k < Math.min(words.length, i + 1 + REACH + 2); k++) negated.add(k);
  });
  // (One word in two forms, "coordinates" and "coordinator", shares its first six letters.)
  const same = (a: string, b: string) =>
    a === b || (a.length >= 6 && b.length >= 6 && a.slice(0, 6) === b.slice(0, 6));
  const at = (s: string) => stems.flatMap((x, i) => (same(x, s) ? [i] : []));
  const said = new Set(stems);
  for (const rec of records)
    for (const f of core.facts.factsOf(rec))
      for (const members of coordinated(core, f.text)) {
        // (The fact must be about what the claim says beyond the list: "the MARA review only
        // involves UN Women" is not about DPO's rule of law work, whose fact names UN Women.)
        const listed = new Set(members.flat());
        const about = plainWords(f.text)
          .split(" ")
          .map(stem)
          .some((w) => w.length > 2 && !listed.has(w) && !core.lex.stopWords.has(w) && said.has(w));
        if (!about) continue;
        // A member the claim names: a word no other member has is said, outside a negation.
        const distinct = members.map((m) =>
          m.filter((w) => members.every((o) => o === m || !o.includes(w))),
        );
        // (Any one of them: where a list starts and ends in its sentence is a guess.)
        const kept = distinct.map((d) => {
          const hit = d.filter((w) => at(w).some((i) => !negated.has(i)));
          // A word of a name the claim types keeps only the member that is that name: "only
          // involves UN Women" keeps no "empowerment of women".
          const inName = nameStems.find((n) => hit.every((w) => n.has(w)));
          return hit.length > 0 && (!inName || d.every((w) => inName.has(w)));
        });
        if (!kept.some(Boolean) || kept.every(Boolean)) continue;
        // The restriction bears on what it keeps: it stands just before it ("only considers
        // women") or just after it ("women only").
        const keptAt = distinct.flatMap((d, k) => (kept[k] ? d.flatMap(at) : []));
        const bears = restricts.some((r) =>
          keptAt.some(
            (i) =>
              (i > r &&
                (i - r <= REACH ||
                  (i - r <= PHRASE_REACH && phraseThenPreposition(core, words, r, i)))) ||
              (r > i && r - i <= 1),
          ),
        );
        if (bears) return f.text;
      }
  return undefined;
}

/** Between a narrowing word and what it keeps, a noun phrase then a preposition ("a tool for the"). */
function phraseThenPreposition(
  core: Core,
  words: readonly string[],
  from: number,
  to: number,
): boolean {
  const between = words.slice(from + 1, to);
  const prep = between.findIndex((w) => inClass(core.lex, "prepositions", w));
  return (
    prep > 0 &&
    between.slice(prep + 1).every((w) => core.lex.stopWords.has(w)) &&
    between
      .slice(0, prep)
      .every((w) => !inClass(core.lex, "finite_verbs", w) && !core.lex.negations.has(w))
  );
}
