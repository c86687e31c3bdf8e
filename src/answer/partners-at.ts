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
  const noun = words.findIndex((w) => inClass(lex, "partner_nouns", w));
  if (noun < 0) return undefined;
  // The setting qualifies the partners: "HQ partners", "partners at HQ", "partenaires du GFP au
  // Siège".
  const qualifies =
    (setting.at === noun - 1 && inClass(lex, "setting_nouns", words[setting.at] ?? "")) ||
    (setting.at > noun &&
      setting.at <= noun + 4 &&
      inClass(lex, "setting_prepositions", words[setting.at - 1] ?? ""));
  if (!qualifies) return undefined;
  // ("Who are the HQ partners supposed to include gender in?": they are the subject of more.)
  if (words.slice(noun + 1, noun + 6).some((w) => inClass(lex, "obligation_words", w)))
    return undefined;
  // The partners themselves are asked: "who are the … partners", "how many … partners". Between
  // a "which" and the noun only names and small words: "which parts of GFP work are HQ partners
  // to cover?" asks for parts.
  const from = Math.max(0, noun - 5);
  const asker = words.slice(from, noun).findIndex((w) => inClass(lex, "asking_words", w));
  if (asker < 0) return undefined;
  const between = words.slice(from + asker + 1, noun);
  if (!between.every((w) => lex.stopWords.has(w) || core.isName(w) || /^(?:exactly|all)$/.test(w)))
    return undefined;
  return message(lex, "no_partners_at", pq.lang, {
    name: nameFor(body.rec, pq.lang),
    place: nameFor(setting.rec, pq.lang),
  });
}
