// What the yes/no stage reads of a question, and what it returns: a draft or a refusal.
import type { QueryToken } from "./candidate-index.js";
import type { Draft } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import type { ParsedQuestion } from "./intent.js";
import type { SearchResult } from "./search.js";
import type { RefusalReason } from "./types.js";

export interface ClaimInput {
  pq: ParsedQuestion;
  res: SearchResult;
  ctx: Ctx;
  /** The composer's (or the best fact's) answer to the question the claim stands for. */
  d: Draft;
  text: string;
  /** A composer answered (not only a fact or a card). */
  composed: boolean;
  /** The answer already says all the question's words. */
  confirmed: boolean;
  /** Names the knowledge lacks, typed as names (acronyms, capitalised words). */
  strongNames: readonly string[];
  /** The question's words beyond the names it uses. */
  beyond: readonly QueryToken[];
}

export type ClaimOutcome =
  | { kind: "draft"; draft: Draft }
  | { kind: "refuse"; text: string; reason: RefusalReason };
