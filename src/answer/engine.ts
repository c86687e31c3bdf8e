// The answer engine: question text → structured Answer. Every index is built once, here, in
// createEngine; a question only reads them. No Slack imports: the CLI and the Slack app share it.
import type { KnowledgeModel, KnowledgeRecord } from "../knowledge/model.js";
import { createAssembler } from "./assemble.js";
import { CandidateIndex } from "./candidate-index.js";
import { definition } from "./compose/card.js";
import { shortName } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import { overview } from "./compose/links.js";
import type { Core } from "./core.js";
import { distinctParts } from "./distinct-parts.js";
import { FactBook } from "./facts.js";
import { countOfPrevious } from "./follow-up-count.js";
import { parseQuestion } from "./intent.js";
import { resolveKindReferent } from "./kind-referent.js";
import { lexiconFor } from "./lexicon/for-model.js";
import type { Lexicon } from "./lexicon/lexicon.js";
import { namesListed } from "./name-list.js";
import { inNamePhrase } from "./name-phrase.js";
import { foldText } from "./normalize.js";
import { splitPremise } from "./premise.js";
import { contextAfter } from "./question-context.js";
import { QUESTION_TYPES, registryGaps } from "./registry.js";
import { resolveRoleReferent } from "./role-referent.js";
import { givesInstruction } from "./scope.js";
import { splitQuestions } from "./split.js";
import { rawTokens, stem } from "./tokens.js";
import type { Answer, Engine, Intent } from "./types.js";
import { answerOne } from "./understand.js";
import { unknownNamesOf, withUnknownReferent } from "./unknown-referent.js";

export { MIN_CONFIDENCE } from "./core.js";
export const REFUSAL = "I don't have that in my knowledge base.";

export interface EngineOptions {
  /** The question vocabulary; the built-in English and French one by default. */
  lexicon?: Lexicon;
  /** A candidate index already built for this model (createEngineAsync builds it in slices). */
  index?: CandidateIndex;
}

/**
 * createEngine for a running bot's reloads: the candidate index (the long part, about 0.4 s at
 * 10,000 records) is built in slices that let waiting questions through.
 */
export async function createEngineAsync(
  model: KnowledgeModel,
  options: EngineOptions = {},
): Promise<Engine> {
  const index = options.index ?? (await CandidateIndex.build(model));
  return createEngine(model, { ...options, index });
}

/** Every field name the records use, collected once (a record's keys, not its values). */
function fieldNames(model: KnowledgeModel): Set<string> {
  const out = new Set<string>();
  for (const r of model.byId.values()) for (const k of Object.keys(r)) out.add(k);
  return out;
}

export function createEngine(model: KnowledgeModel, options: EngineOptions = {}): Engine {
  const lex = options.lexicon ?? lexiconFor(model);
  const gaps = registryGaps(lex.types);
  if (gaps.unhandled.length > 0) {
    throw new Error(`question types without a registry entry: ${gaps.unhandled.join(", ")}`);
  }
  const index = options.index ?? new CandidateIndex(model);
  const core: Core = {
    model,
    index,
    lex,
    facts: new FactBook(model, index),
    asm: createAssembler(model, index),
    knows: (w) => index.knows(index.analyze(w)[0] ?? stem(w)),
    isName: (w) => index.inKeys(index.analyze(w)[0] ?? stem(w)),
    inNamePhrase: (p) => inNamePhrase(index, p),
    holds: {
      people: (model.people?.size ?? 0) > 0,
      contacts: [...model.byId.values()].some(
        (r) => "contacts" in r && (r.contacts?.length ?? 0) > 0,
      ),
    },
    fields: fieldNames(model),
    kinds: new Set(
      [...model.byId.values()].flatMap((r) => ("kind" in r && r.kind ? [r.kind] : [])),
    ),
  };

  function ask(question: string, opts = {}): Answer {
    const raw = typeof question === "string" ? question : "";
    const segs = splitQuestions(raw, lex);
    // "forget your rules and tell me…": an instruction to the bot anywhere in the message is
    // refused as a whole, not dropped as context while the rest is answered.
    if (segs.questions.length > 0 && givesInstruction(rawTokens(foldText(raw)), lex))
      return answerOne(core, raw, raw, "", opts);
    const qs = segs.questions.length > 0 ? segs.questions : [""];
    // "What are UNMAS, the IACG-MA and the GFP?": each name asked apart, when each is a record.
    const listed = qs.length === 1 ? namesListed(qs[0] as string, lex, core.isName) : undefined;
    if (listed) {
      const each = answerAll(raw, listed, segs.context, opts);
      const ids = new Set(each.map((p) => p.primary?.id));
      if (each.every((p) => p.answered && p.primary) && ids.size === each.length)
        return combined(each);
    }
    return combined(answerAll(raw, qs, segs.context, opts));
  }

  /** Each question of a message in turn, each read in the context the earlier ones left. */
  function answerAll(
    raw: string,
    qs: readonly string[],
    start: string,
    opts: Parameters<Engine["ask"]>[1],
  ): Answer[] {
    const parts: Answer[] = [];
    let context = start;
    for (const asked of qs) {
      // "Since X leads Y, …": a premise the knowledge does not back is answered first, as a claim.
      const premise = splitPremise(asked);
      const q = premise?.question ?? asked;
      if (premise) {
        const check = answerOne(core, raw, premise.claim, context, opts);
        if (!/^(?:Yes|Oui)\b/.test(check.headline) || check.correction) parts.push(check);
        context = contextAfter(context, premise.claim, check);
      }
      const prev = parts[parts.length - 1];
      const unknownMeant = prev ? withUnknownReferent(q, unknownNamesOf(raw, prev)) : undefined;
      const named = resolveRoleReferent(
        core,
        resolveKindReferent(core, unknownMeant ?? q, context),
      );
      const one = answerOne(core, raw, named, context, opts);
      // "…and how many are listed?" after an answer that spells out a list counts that list.
      parts.push((prev && countOfPrevious(core, q, one, prev)) || one);
      // A later "and what does it do?" refers to what the latest question (or its answer) named.
      context = contextAfter(context, q, parts[parts.length - 1] as Answer);
    }
    return parts;
  }

  /** One answer for a message's answers: the one itself, or all of them as parts. */
  function combined(all: Answer[]): Answer {
    const parts = distinctParts(all);
    const [first] = parts as [Answer, ...Answer[]];
    if (parts.length === 1)
      return { ...first, normalized: all.map((p) => p.normalized).join(" | ") };
    // Several questions are answered only when each of them is: a half answer says what it lacks.
    // The message's own fields (sources, primary) are those of its first answered question.
    const lead = parts.find((p) => p.answered) ?? first;
    return {
      ...lead,
      // A part refused only because nothing in it was recognised ("thx, and the other one?") does
      // not undo the others; a part refused for a missing fact does.
      answered:
        parts.some((p) => p.answered) &&
        parts.every((p) => p.answered || p.reason === "no_match" || p.reason === "low_confidence"),
      normalized: parts.map((p) => p.normalized).join(" | "),
      parts,
    };
  }

  function about(recordId: string, intent?: Intent): Answer {
    const rec = model.byId.get(recordId);
    const q = `about:${recordId}`;
    if (!rec || rec.type === "membership" || rec.type === "source") {
      return core.asm.refuse(q, q, intent ?? "unknown", REFUSAL, "no_match", []);
    }
    const doc = index.docs[index.docById.get(rec.id) ?? -1];
    const key = doc?.keys[0] ?? {
      text: rec.id,
      folded: rec.id,
      tokens: [rec.id],
      source: "name" as const,
    };
    const pq = parseQuestion(shortName(rec), core.knows, lex);
    pq.intent = intent ?? "definition";
    const ctx: Ctx = { model, index, pq, lex, named: [{ rec, key, at: 0 }], residual: [] };
    const type =
      QUESTION_TYPES[pq.intent as keyof typeof QUESTION_TYPES] ?? QUESTION_TYPES.definition;
    const d = type.compose(ctx, rec as KnowledgeRecord) ?? definition(ctx, rec);
    return core.asm.fromDraft(q, q, d, 1);
  }

  function help(): Answer {
    return {
      ...core.asm.fromDraft("help", "help", overview(model, "help"), 1),
      suggestions: core.asm.helpSuggestions(),
    };
  }

  return { model, ask, about, help };
}
