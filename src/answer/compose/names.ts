// Answers about a record's names: acronyms, short names, former names, and how two records differ.
import type { Entity, KnowledgeRecord } from "../../knowledge/model.js";
import { definition } from "./card.js";
import {
  andList,
  capitalize,
  clip,
  type Draft,
  draft,
  formatDate,
  handle,
  label,
  ref,
  sentence,
  withoutNameSentence,
} from "./common.js";
import type { Ctx } from "./context.js";

/** "What does UNFPA stand for" / "what is the short name of the Department of ...". */
export function naming(ctx: Ctx, rec: KnowledgeRecord): Draft {
  const used = ctx.named[0]?.key;
  const viaShort = used?.source === "acronym" || used?.source === "former_acronym";
  if (rec.type === "term") {
    const d = draft(
      viaShort ? "acronym" : "short_name",
      rec.term === rec.name
        ? `${capitalize(rec.name)} has no shorter form in my knowledge base.`
        : viaShort
          ? `${rec.term} stands for ${rec.name}.`
          : `${capitalize(rec.name)} is abbreviated ${rec.term}.`,
      rec,
    );
    d.facts.push({ label: "Meaning", value: clip(rec.definition, 300) });
    return d;
  }
  if (rec.type !== "entity" && rec.type !== "activity") return definition(ctx, rec);
  if (used?.source === "former_acronym" || used?.source === "former") {
    const d = history(ctx, rec);
    d.intent = "acronym";
    return d;
  }
  const acronyms = rec.acronyms ?? [];
  if (viaShort || (ctx.pq.intent === "acronym" && acronyms.length > 0 && used?.source !== "name")) {
    const d = draft("acronym", `${used?.text ?? acronyms[0]} stands for ${rec.name}.`, rec);
    const french = (rec.aliases ?? []).filter(
      (a) => /[^\x20-\x7e]/.test(a) || /\b(?:des|du|de la|pour)\b/.test(a),
    );
    // The French name helps a French reader; an English card stays short.
    if (french[0] && ctx.pq.lang === "fr") d.facts.push({ label: "In French", value: french[0] });
    if (rec.type === "entity") d.facts.push({ label: "What it is", value: rec.summary });
    return d;
  }
  const d =
    acronyms.length > 0
      ? draft("short_name", `${rec.name} is known as ${andList(acronyms, "or")}.`, rec)
      : draft(
          "short_name",
          `${rec.name} has no acronym in my knowledge base${
            rec.aliases?.[0]
              ? `; it is also called ${andList(
                  rec.aliases.slice(0, 2).map((a) => `"${a}"`),
                  "or",
                )}`
              : ""
          }.`,
          rec,
        );
  if (rec.type === "entity") d.facts.push({ label: "What it is", value: rec.summary });
  return d;
}

export function history(ctx: Ctx, rec: KnowledgeRecord): Draft {
  const other = ctx.named.find((n) => n.rec.id !== rec.id)?.rec;
  const formers = rec.type === "entity" ? (rec.former_names ?? []) : [];
  if (other) {
    const d = draft(
      "history",
      `No: ${label(rec)} and ${label(other)} are different records in my knowledge base.`,
      rec,
    );
    d.cited.push(other);
    d.facts.push({ label: handle(rec), value: summaryOf(rec), refs: [ref(rec)] });
    d.facts.push({ label: handle(other), value: summaryOf(other), refs: [ref(other)] });
    return d;
  }
  if (formers.length === 0) {
    const d = definition(ctx, rec);
    d.headline = `My knowledge base records no former name for ${handle(rec)}. ${d.headline}`;
    d.intent = "history";
    return d;
  }
  const f = formers[0] as NonNullable<Entity["former_names"]>[number];
  const acr = f.acronyms?.[0];
  const used = ctx.named[0]?.key;
  const askedSame = ctx.pq.yesNo || /\bsame\b/.test(ctx.pq.words.join(" "));
  const usedFormer = used?.source === "former" || used?.source === "former_acronym";
  const askedExists = /\b(?:still|anymore|exist\w*|existe\w*|encore)\b/.test(
    ctx.pq.words.join(" "),
  );
  const lead =
    askedExists && usedFormer
      ? "No, not under that name: "
      : askedSame &&
          (used?.source === "former" || used?.source === "former_acronym" || ctx.named.length > 0)
        ? "Yes, in effect: "
        : "";
  const headline = `${lead}${acr ? `${acr} (${f.name})` : f.name} became ${label(rec)}${
    f.until ? ` ${/^\d{4}-\d{2}-\d{2}$/.test(f.until) ? "on" : "in"} ${formatDate(f.until)}` : ""
  }.${f.note && !/^became\b/i.test(f.note) ? ` ${sentence(f.note)}` : ""}`;
  const d = draft("history", headline, rec);
  for (const g of formers.slice(1)) {
    d.facts.push({
      label: "Also formerly",
      value: `${g.acronyms?.[0] ? `${g.acronyms[0]} (${g.name})` : g.name}`,
    });
  }
  d.facts.push({ label: `${handle(rec)} today`, value: rec.type === "entity" ? rec.summary : "" });
  for (const fs of f.sources ?? []) {
    const s = ctx.model.sources.get(fs.source);
    if (s) d.cited.unshift(s);
  }
  return d;
}

function summaryOf(rec: KnowledgeRecord): string {
  switch (rec.type) {
    case "entity":
    case "activity":
      return rec.summary;
    case "term":
      return rec.term === rec.name
        ? clip(rec.definition, 250)
        : `${capitalize(rec.name)}. ${clip(withoutNameSentence(rec.definition, [rec.name, rec.term]), 200)}`;
    case "example":
      return rec.what;
    case "resource":
      return rec.summary ?? rec.url;
    default:
      return "";
  }
}

export function compare(ctx: Ctx): Draft {
  // In the order the question names them.
  const [a, b] = ctx.named.slice(0, 2).sort((x, y) => x.at - y.at);
  const first = a?.rec as KnowledgeRecord;
  if (!b) {
    const d = definition(ctx, first);
    d.intent = "compare";
    return d;
  }
  const second = b.rec;
  const d = draft("compare", `${label(first)} and ${label(second)} are different things.`, first);
  d.cited.push(second);
  d.facts.push({ label: handle(first), value: clip(summaryOf(first), 350), refs: [ref(first)] });
  d.facts.push({ label: handle(second), value: clip(summaryOf(second), 350), refs: [ref(second)] });
  return d;
}
