// "Que veut dire CRSV en français ?", "what is HCDH in English?": the question asks for the
// record's name in a language; the answer adds the names the knowledge marks for it.
import type { Draft } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";

const ASKED: [RegExp, string][] = [
  [/\b(?:en|in) (?:francais|french)\b/, "fr"],
  [/\b(?:en|in) (?:anglais|english)\b/, "en"],
];
const LANGUAGE_NAMES = new Set(["francais", "french", "anglais", "english"]);
const LABEL: Record<string, Record<string, string>> = {
  fr: { en: "In French", fr: "En français" },
  en: { en: "In English", fr: "En anglais" },
};

export function withNameInLanguage(ctx: Ctx, d: Draft): Draft {
  const w = ctx.pq.allWords;
  if (!w.some((x) => LANGUAGE_NAMES.has(x))) return d;
  const joined = w.join(" ");
  const lang = ASKED.find(([re]) => re.test(joined))?.[1];
  const rec = d.primary ?? ctx.named[0]?.rec;
  if (!lang || !rec || !("nameLang" in rec)) return d;
  const byName: Readonly<Record<string, string>> = rec.nameLang ?? {};
  const marked = Object.entries(byName);
  // English names are the unmarked ones: the record's name and acronyms.
  const names =
    lang === "en"
      ? [
          ...("acronyms" in rec ? (rec.acronyms ?? []) : []),
          "name" in rec ? rec.name : "term" in rec ? rec.term : "",
        ].filter((n): n is string => typeof n === "string" && n.length > 0 && !byName[n])
      : marked.filter(([, l]) => l === lang).map(([n]) => n);
  if (names.length === 0) return d;
  const label = LABEL[lang]?.[ctx.pq.lang] ?? LABEL[lang]?.en ?? lang;
  return { ...d, facts: [{ label, value: names.join("; ") }, ...d.facts] };
}
