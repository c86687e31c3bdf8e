// What answering one question needs, built once per knowledge model by createEngine.
import type { KnowledgeModel } from "../knowledge/model.js";
import type { Assembler } from "./assemble.js";
import type { CandidateIndex } from "./candidate-index.js";
import type { FactBook } from "./facts.js";
import type { Lexicon } from "./lexicon/lexicon.js";

export interface Core {
  model: KnowledgeModel;
  index: CandidateIndex;
  lex: Lexicon;
  facts: FactBook;
  asm: Assembler;
  /** Is this folded word anywhere in the knowledge? */
  knows(word: string): boolean;
  /** Is this folded word part of a record's name? */
  isName(word: string): boolean;
  /** Are these folded words, as typed, a run of one of the records' names? */
  inNamePhrase(phrase: string): boolean;
  /** What the folder holds beyond organisations: people, contact details. */
  holds: { people: boolean; contacts: boolean };
  /** The field names the records use ("focus", "outcome"): parts of a record the knowledge holds. */
  fields: ReadonlySet<string>;
  /** The record kinds the knowledge holds ("network", "mission"). */
  kinds: ReadonlySet<string>;
}

/** Below this the engine refuses rather than guess. */
export const MIN_CONFIDENCE = 0.5;
