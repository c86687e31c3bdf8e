// "Where is the mine action coordinator housed?", "what does the chair of the IACG-MA do?": a
// record named by a role the knowledge gives exactly one holder is that holder. The phrase is
// replaced by the holder's name before answering — unless the question asks who holds the role.
import type { KnowledgeModel, KnowledgeRecord } from "../knowledge/model.js";
import { handle, shortName } from "./compose/common.js";
import type { Core } from "./core.js";
import { inClass } from "./lexicon/lexicon.js";
import { withTrailing } from "./normalize.js";
import { plainWords } from "./question-shape.js";

/** Role nouns a stated role starts with ("coordinator for mine action"). */
const ROLE_NOUN =
  /^(coordinator|chair|lead|leader|host|secretariat|convener|focal point)\s+(?:for|of|on)\s+(.+)$/;
/**
 * A question asking who holds a role, its question word just before the role ("who is the
 * coordinator for mine action", "which body is the chair of…"): the phrase is what it asks, not a
 * name for the holder, when nothing but filler follows it. ("Which department houses the mine
 * action coordinator?", "which office is the mine action coordinator housed in?" ask of it.)
 */
const ASKS_WHO =
  /(?:\b(?:who|whom|whose|which|qui|quel|quelle|lequel|laquelle)(?: \w+)?(?: (?:is|s|was|are|were|est|sont|serves as|acts as))?|\bwhat(?: \w+)? (?:is|s|was|are|were))(?: (?:currently|now|actually|really))?$/;

/** Words that may end a question asking who holds a role ("who is the chair now?"). */
const TRAILERS = new Set(["now", "currently", "again", "today", "then", "exactly", "actuellement"]);

const phrasesOf = new WeakMap<KnowledgeModel, Map<string, KnowledgeRecord | null>>();

/** Every way of saying "the X's role" the model gives one holder → that holder (null: several). */
function phrases(model: KnowledgeModel): Map<string, KnowledgeRecord | null> {
  let out = phrasesOf.get(model);
  if (out) return out;
  out = new Map();
  const add = (phrase: string, holder: KnowledgeRecord) => {
    const key = plainWords(phrase);
    if (key.split(" ").length < 2) return;
    const prev = out?.get(key);
    out?.set(key, prev === undefined || prev?.id === holder.id ? holder : null);
  };
  for (const rec of model.byId.values()) {
    if (rec.type !== "entity") continue;
    for (const r of rec.roles ?? []) {
      const m = ROLE_NOUN.exec(plainWords(r));
      if (!m) continue;
      add(`${m[1]} for ${m[2]}`, rec);
      add(`${m[1]} of ${m[2]}`, rec);
      add(`${m[2]} ${m[1]}`, rec);
    }
    for (const ms of model.relations.memberOf.get(rec.id) ?? []) {
      if (ms.role === "member" || ms.role === "partner") continue;
      const group = model.byId.get(ms.group);
      if (!group) continue;
      for (const g of new Set([handle(group), shortName(group)])) {
        add(`${ms.role} of ${g}`, rec);
        add(`${ms.role} of the ${g}`, rec);
        add(`${g} ${ms.role}`, rec);
        add(`${g} s ${ms.role}`, rec);
      }
    }
  }
  phrasesOf.set(model, out);
  return out;
}

/** Longest role phrase looked up after "the", in words. */
const MAX_WORDS = 10;

export function resolveRoleReferent(core: Core, question: string): string {
  const folded = plainWords(question);
  const words = folded.split(" ");
  const known = phrases(core.model);
  // The question's word runs after "the" are looked up (not every phrase searched for), so the
  // cost does not grow with the knowledge.
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== "the") continue;
    for (let n = Math.min(MAX_WORDS, words.length - i - 1); n >= 2; n--) {
      const holder = known.get(words.slice(i + 1, i + 1 + n).join(" "));
      if (!holder) continue;
      const after = words.slice(i + 1 + n);
      if (
        ASKS_WHO.test(words.slice(0, i).join(" ")) &&
        after.every((w) => core.lex.filler.has(w) || TRAILERS.has(w))
      )
        return question;
      // (The holder already named: nothing to resolve.)
      if (` ${folded} `.includes(` ${plainWords(handle(holder))} `)) return question;
      // "Isn't UNFPA the coordinator for mine action?", "UNFPA is the chair of…": the role is
      // what a claim says of another record, not a name.
      const [before2, before1] = [words[i - 2] ?? "", words[i - 1] ?? ""];
      // ("Which office is the mine action coordinator housed in?": a kind of body asked for is no
      // record the claim is about.)
      const named = (w: string) => core.isName(w) && !core.lex.kindWords.has(w);
      if (named(before1) || (inClass(core.lex, "copulas", before1) && named(before2)))
        return question;
      const out = [...words.slice(0, i), handle(holder), ...words.slice(i + 1 + n)].join(" ");
      return /\?\s*$/.test(question) ? `${out}?` : out;
    }
  }
  return question;
}

/**
 * The question with the context's subject in it: "its chair" becomes "IACG-MA's chair" (so "the
 * chair of the IACG-MA" is then read as the record holding that role); otherwise it is appended.
 */
export function withSubject(core: Core, text: string, subject: string): string {
  const own = /\bits\s+(?=[a-z])/i;
  if (!own.test(text)) {
    // "…DPO is just a member, right? doesn't lead anything?": a verb with no subject of its own
    // has the context's subject in front ("DPO doesn't lead anything?").
    // ("doesn't" is plain "doesn t": its auxiliary is "does".)
    const [first = "", second = ""] = plainWords(text)
      .replace(/^(\w+)n t\b/, "$1 not")
      .split(" ");
    const verbFirst =
      (inClass(core.lex, "auxiliaries", first) || inClass(core.lex, "finite_verbs", first)) &&
      !inClass(core.lex, "tag_pronouns", second) &&
      !inClass(core.lex, "object_pronouns", second);
    if (verbFirst) return `${subject} ${text}`;
    // Otherwise it is what the question asks about, before the question mark ("who chairs IACG-MA?").
    return withTrailing(text, ` ${subject}`);
  }
  // (The subject comes by its usual name, which the role phrases use: "IACG-MA".)
  return resolveRoleReferent(core, text.replace(own, `the ${subject}'s `));
}
