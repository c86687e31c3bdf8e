// "Who are the GFP partners at HQ, by name?", "combien de partenaires au Siège ?": partners of a
// body in a setting the knowledge only mentions (its partners "at HQ" are never named) are refused,
// saying so, instead of answered with the body's recorded partners, who are not those. Questions
// about what such partners do ("what must HQ partners include?") are answered as usual.
import { nameFor } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import type { Core } from "./core.js";
import { inClass, message } from "./lexicon/lexicon.js";

export function partnersAt(core: Core, ctx: Ctx): string | undefined {
  const { pq } = ctx;
  const { lex } = core;
  if (pq.intent !== "partners" && pq.intent !== "members") return undefined;
  const words = pq.words;
  const setting = ctx.named.find((n) => n.rec.type === "term" && n.at >= 0);
  const body = ctx.named.find((n) => n.rec.type === "entity");
  if (!setting || !body) return undefined;
  // Every place a partner noun stands: "*Partners check* — who are the GFP partners at HQ?"
  const nouns = words.flatMap((w, i) => (inClass(lex, "partner_nouns", w) ? [i] : []));
  // The setting qualifies the partners: "HQ partners", "partners at HQ", "partenaires du GFP au
  // Siège".
  const qualifies = (noun: number) =>
    (setting.at === noun - 1 && inClass(lex, "setting_nouns", words[setting.at] ?? "")) ||
    (setting.at > noun &&
      setting.at <= noun + 4 &&
      inClass(lex, "setting_prepositions", words[setting.at - 1] ?? ""));
  // The partners themselves are asked: "who are the … partners", "how many … partners". Between
  // a "which" and the noun only names and small words: "which parts of GFP work are HQ partners
  // to cover?" asks for parts. ("Which agencies are the GFP partners…": another partner noun or
  // "are" may stand between.) ("Who are the HQ partners supposed to include gender in?": they
  // are the subject of more.)
  const asked = (noun: number) => {
    if (words.slice(noun + 1, noun + 6).some((w) => inClass(lex, "obligation_words", w)))
      return false;
    const from = Math.max(0, noun - 5);
    const asker = words.slice(from, noun).findIndex((w) => inClass(lex, "asking_words", w));
    if (asker < 0) return false;
    const between = words.slice(from + asker + 1, noun);
    // ("What must GFP partners at HQ include?": the obligation is theirs, asked about.)
    if (between.some((w) => inClass(lex, "obligation_words", w))) return false;
    return between.every(
      (w) =>
        lex.stopWords.has(w) ||
        core.isName(w) ||
        inClass(lex, "partner_nouns", w) ||
        inClass(lex, "copulas", w) ||
        /^(?:exactly|all)$/.test(w),
    );
  };
  // ("GFP partners at HQ… who are these GFP partners?": the asked partners point back to them.)
  const pointsBack = (noun: number) =>
    words.slice(Math.max(0, noun - 3), noun).some((w) => /^(?:these|those|such|ces)$/.test(w));
  const qualified = nouns.filter(qualifies);
  if (qualified.length === 0) return undefined;
  if (!nouns.some((n) => asked(n) && (qualified.includes(n) || pointsBack(n)))) return undefined;
  return message(lex, "no_partners_at", pq.lang, {
    name: nameFor(body.rec, pq.lang),
    place: nameFor(setting.rec, pq.lang),
  });
}
