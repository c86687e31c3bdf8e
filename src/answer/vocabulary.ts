// Word sets of the built-in question vocabulary (src/answer/lexicon/*.yml), for the modules that
// index knowledge text and need them without a question at hand.
import { BUILTIN_LEXICON } from "./lexicon/load.js";

/** Words every question may carry that never identify a record. */
export const STOP_WORDS: ReadonlySet<string> = BUILTIN_LEXICON.stopWords;
