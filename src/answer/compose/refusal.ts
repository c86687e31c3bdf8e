// The refusal for a record the knowledge holds but an attribute it does not: say plainly which
// fact is missing, in the words of the question's intent ("doesn't say who leads X").
import type { KnowledgeModel, KnowledgeRecord } from "../../knowledge/model.js";
import type { Intent } from "../types.js";
import { label, theName } from "./common.js";

/** The name to use mid-sentence: "the MARA assessment", "UNMAS (United Nations Mine Action Service)". */
function nameOf(rec: KnowledgeRecord): string {
  return rec.type === "activity" || rec.type === "example" ? theName(rec) : label(rec);
}

export function notKnown(model: KnowledgeModel, intent: Intent, rec: KnowledgeRecord): string {
  void model;
  const x = nameOf(rec);
  const doesntSay = (what: string) => `My knowledge base doesn't say ${what}.`;
  switch (intent) {
    case "lead":
      return doesntSay(`who leads ${x}`);
    case "chair":
      return doesntSay(`who chairs ${x}`);
    case "coordinate":
      return doesntSay(`who coordinates ${x}`);
    case "partners":
      return doesntSay(`who works with ${x}`);
    case "members":
      return doesntSay(`who the members of ${x} are`);
    case "part_of":
      return doesntSay(`where ${x} sits or what it includes`);
    case "resources":
      return `I have no links about ${x} yet.`;
    case "example":
      return `I have no worked examples about ${x} yet.`;
    case "history":
      return doesntSay(`anything about the history of ${x}`);
    case "status":
      return doesntSay(`when ${x} started or what its status is`);
    case "purpose":
      return doesntSay(`what ${x} is for`);
    case "acronym":
    case "short_name":
      return doesntSay(`any other name for ${x}`);
    default:
      return doesntSay(`that about ${x}`);
  }
}
