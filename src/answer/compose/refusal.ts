// The refusal for a record the knowledge holds but an attribute it does not: say plainly which
// fact is missing, in the words of the question's intent ("doesn't say who leads X"), in the
// question's language (the wording is the vocabulary's `missing_<type>` messages).
import type { KnowledgeRecord } from "../../knowledge/model.js";
import { type Lexicon, message } from "../lexicon/lexicon.js";
import type { Intent } from "../types.js";
import { label, nameFor, theName } from "./common.js";

/** The name mid-sentence: "the MARA assessment", "UNMAS (United Nations Mine Action Service)". */
function nameOf(rec: KnowledgeRecord, lang: string): string {
  if (lang !== "en") return nameFor(rec, lang);
  return rec.type === "activity" || rec.type === "example" ? theName(rec) : label(rec);
}

const MESSAGE: Partial<Record<Intent, string>> = {
  lead: "missing_lead",
  chair: "missing_chair",
  coordinate: "missing_coordinate",
  partners: "missing_partners",
  members: "missing_members",
  part_of: "missing_part_of",
  resources: "missing_resources",
  contact: "missing_contact",
  example: "missing_example",
  history: "missing_history",
  status: "missing_status",
  purpose: "missing_purpose",
  acronym: "missing_other_name",
  short_name: "missing_other_name",
};

export function notKnown(lex: Lexicon, lang: string, intent: Intent, rec: KnowledgeRecord): string {
  return message(lex, MESSAGE[intent] ?? "no_claim", lang, { name: nameOf(rec, lang) });
}
