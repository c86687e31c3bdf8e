// Which fields of a record are its names (searched with full weight) and which are descriptive
// text (searched with less), per kind of record.
import type { KnowledgeRecord } from "../knowledge/model.js";

export type KeySource =
  | "name"
  | "acronym"
  | "alias"
  | "former"
  | "former_acronym"
  | "title"
  | "place";

export function keySpecs(rec: KnowledgeRecord): { text: string; source: KeySource }[] {
  const out: { text: string; source: KeySource }[] = [];
  const add = (list: readonly string[] | undefined, source: KeySource) => {
    for (const text of list ?? []) out.push({ text, source });
  };
  switch (rec.type) {
    case "entity":
      add([rec.name], "name");
      add(rec.acronyms, "acronym");
      add(rec.aliases, "alias");
      for (const f of rec.former_names ?? []) {
        add([f.name], "former");
        add(f.acronyms, "former_acronym");
      }
      break;
    case "activity":
      add([rec.name], "name");
      add(rec.acronyms, "acronym");
      add(rec.aliases, "alias");
      break;
    case "term":
      add([rec.term], rec.term === rec.name ? "name" : "acronym");
      if (rec.term !== rec.name) add([rec.name], "name");
      add(rec.aliases, "alias");
      break;
    case "example":
      add([rec.title], "title");
      add(rec.aliases, "alias");
      add(rec.place ? [rec.place] : [], "place");
      break;
    case "resource":
      add([rec.title], "title");
      // "the pseataskforce link", "PSEA resources", "the iseek page": people name a link by its
      // site or by an acronym in its title.
      add(siteNames(rec.title, rec.url), "acronym");
      break;
    case "person":
      add([rec.name], "name");
      add(rec.aliases, "alias");
      break;
    default:
      break;
  }
  return out;
}

/** The descriptive text of a record, field by field, then the source passages it quotes. */
export function textFields(rec: KnowledgeRecord): string[] {
  const quotes = "sources" in rec ? (rec.sources ?? []).map((c) => c.quote ?? "") : [];
  return [...ownText(rec), ...quotes];
}

/** The record's own descriptive fields (no quotes), in the order a card reads them. */
export function ownText(rec: KnowledgeRecord): string[] {
  switch (rec.type) {
    case "entity":
      return [rec.summary, ...(rec.roles ?? []), rec.description ?? ""];
    case "activity":
      return [
        rec.summary,
        rec.purpose ?? "",
        rec.outcome ?? "",
        rec.description ?? "",
        rec.place ?? "",
      ];
    case "term":
      return [rec.definition];
    case "example":
      return [rec.what, rec.focus ?? ""];
    case "resource":
      return [rec.summary ?? "", rec.url];
    case "person":
      return [rec.title ?? "", rec.summary ?? ""];
    default:
      return [];
  }
}

/** A link's short names: acronyms in its title ("PSEA") and its site's name ("pseataskforce"). */
function siteNames(title: string, url: string | undefined): string[] {
  const out = new Set<string>();
  for (const m of title.matchAll(/\b[A-Z][A-Z0-9]{2,}\b/g)) out.add(m[0]);
  const host = /^[a-z]+:\/\/(?:www\.)?([^/:?#]+)/i.exec(url ?? "")?.[1];
  const site = host?.split(".")[0]?.split("-")[0];
  if (site && site.length >= 4) out.add(site);
  return [...out];
}
