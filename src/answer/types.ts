// The structured answer every surface renders. The engine fills it; renderers never look at the
// knowledge model, so plain text, JSON and Block Kit always say the same thing.
import type { KnowledgeModel, RecordKind } from "../knowledge/model.js";

export type Intent =
  | "lead" // who leads / runs / heads X; what does X lead
  | "chair" // who chairs X
  | "coordinate" // who coordinates X / coordinates with X
  | "definition" // what is X
  | "acronym" // what does X stand for
  | "short_name" // what is the acronym / short name of <full name>
  | "role" // what does X do
  | "partners" // who works with X, partners, who takes part
  | "members" // members of X
  | "part_of" // where X sits / what is housed in X
  | "resources" // links, documents on X
  | "history" // former names, "same as"
  | "status" // since when, ongoing or completed
  | "example" // examples, what happened in <place>
  | "purpose" // why X, what X is for / will lead to
  | "compare" // difference between X and Y
  | "contact" // how to reach X: channel, mailing list, e-mail
  | "overview" // what can you help with, what do you know
  | "help"
  | "unknown";

/** A pointer to a knowledge record, enough to name it and to ask about it again. */
export interface RecordRef {
  id: string;
  kind: RecordKind;
  /** Display name, e.g. "DPO (Department of Peace Operations)". */
  label: string;
}

export interface Fact {
  /** Short field name for cards: "Lead", "Partners", "Since". */
  label: string;
  /** Plain text value. */
  value: string;
  refs?: RecordRef[];
}

export interface Link {
  title: string;
  url: string;
  access: "public" | "intranet";
}

export interface SourceNote {
  id: string;
  title: string;
  /** The supporting passage, when the source is a document. */
  quote?: string;
}

export interface Suggestion {
  /** Record the suggestion is about (a did-you-mean click answers for it). */
  ref: RecordRef;
  /** A question the user could ask, e.g. "What is the MARA?" */
  question: string;
}

export interface Answer {
  /** The question as received (untrusted; renderers must escape it). */
  question: string;
  /** Normalised text the engine actually searched. */
  normalized: string;
  answered: boolean;
  intent: Intent;
  /** 0..1: how sure the engine is the primary record is what was asked about. */
  confidence: number;
  /** The direct answer in one sentence, or the refusal line. Plain text. */
  headline: string;
  /** Set when the question carried a false premise: the corrected fact, one sentence. */
  correction?: string;
  primary?: RecordRef;
  facts: Fact[];
  related: RecordRef[];
  links: Link[];
  sources: SourceNote[];
  /** Up to three things the knowledge base does know (did-you-mean, or what to ask next). */
  suggestions: Suggestion[];
  /** Knowledge version that produced the answer. */
  version: string;
  /** On a refusal: why, as a stable code (kb:gaps groups refusals by it). */
  reason?: RefusalReason;
  /** Question words nothing in the knowledge or the vocabulary explains. */
  unexplained?: string[];
  /** The language the question was read in ("en", "fr"). */
  lang?: string;
  /** A message with several questions: one answer each, in order (this answer is the first). */
  parts?: Answer[];
  /** Filled when asked for (--explain): each word's role, the top facts, the decision. */
  explain?: Explanation;
}

export type RefusalReason =
  | "empty"
  | "no_match"
  | "unknown_name"
  | "low_confidence"
  | "missing_fact"
  | "no_count"
  | "no_date"
  | "no_results"
  | "no_link"
  | "out_of_scope";

export interface Explanation {
  words: { word: string; role: string; detail?: string }[];
  types: { type: string; weight: number }[];
  facts: { subject: string; field: string; score: number; text: string }[];
  decision: string;
}

export interface AskOptions {
  /** Fill Answer.explain. */
  explain?: boolean;
}

export interface Engine {
  readonly model: KnowledgeModel;
  /** Answers a free-text question (raw Slack text is fine: the engine normalises it). */
  ask(question: string, options?: AskOptions): Answer;
  /** Answers about one record by id (a did-you-mean click); an unknown id gives a refusal. */
  about(recordId: string, intent?: Intent): Answer;
  /** A help / overview answer: how to ask, example questions, topics. */
  help(): Answer;
}
