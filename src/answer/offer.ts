// What an answer offers besides its headline: facts that add something, and questions to ask next
// that the knowledge can answer.
import type { KnowledgeModel, KnowledgeRecord } from "../knowledge/model.js";
import { type Draft, foldKey, handle, ref, theName } from "./compose/common.js";
import type { Suggestion } from "./types.js";

/**
 * Facts that add something: none empty, none repeating the headline or an earlier fact. A fact
 * whose every word the card has already said ("Also linked to: JCS" under a headline naming JCS,
 * a purpose the headline words the same) is a repeat too, whatever its order.
 */
export function distinctFacts(
  d: Draft,
  words: (text: string) => readonly string[],
): Draft["facts"] {
  const said = [foldKey(d.headline), foldKey(d.correction ?? "")];
  const saidWords = new Set([...words(d.headline), ...words(d.correction ?? "")]);
  const out: Draft["facts"] = [];
  for (const f of d.facts) {
    const key = foldKey(f.value);
    if (key.length === 0) continue;
    if (key.length >= 24 && said.some((x) => x.includes(key))) continue;
    const own = words(f.value);
    if (own.length > 0 && own.every((w) => saidWords.has(w))) continue;
    said.push(key);
    for (const w of own) saidWords.add(w);
    out.push(f);
  }
  return out;
}

/** A question about a record that the knowledge can answer (asked back, it is answered). */
export function suggestionFor(model: KnowledgeModel, rec: KnowledgeRecord): Suggestion {
  const name = handle(rec);
  let question: string;
  if (rec.type === "activity")
    question =
      rec.lead && model.byId.has(rec.lead)
        ? `Who leads ${theName(rec)}?`
        : `What is ${theName(rec)}?`;
  else if (rec.type === "entity")
    question = (rec.roles?.length ?? 0) > 0 ? `What does ${name} do?` : `What is ${name}?`;
  else if (rec.type === "example")
    question = rec.place ? `What happened in ${rec.place}?` : `What is ${rec.title}?`;
  else if (rec.type === "resource") {
    // A resource is offered through its topic: "Links on SEA" finds it and its siblings.
    const topic = rec.topics?.map((t) => model.byId.get(t)).find((t) => t !== undefined);
    question = topic ? `Links on ${handle(topic)}` : rec.title;
  } else question = `What is ${name}?`;
  return { ref: ref(rec), question };
}
