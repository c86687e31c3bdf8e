// What a statement after the question says the answer must hold ("need a name + email"), without
// what it is for or when it is due.

// "Need it for a slide by noon", "… pour une note au chef de cabinet": what the answer is for or
// when it is due, not what it must hold.
const PURPOSE_TAIL =
  /\s*(?:\b(?:for|pour|in|dans)\s+(?:a|an|the|my|our|this|une?|le|la|les|mon|ma|mes|notre|nos)\b|\bby\s+(?:noon|eod|cob|tonight|tomorrow|today|monday|tuesday|wednesday|thursday|friday|\d)|\bavant\b|,).*$/i;
const NEEDS_ONLY_IT =
  /^\W*(?:i |we )?(?:need|needed|want|besoin)\s+(?:it|this|that|these|them|those|ca|cela)\b/i;

/** The part of a statement after the question that says what the answer must hold, if any. */
export function whatIsNeeded(statement: string): string {
  if (NEEDS_ONLY_IT.test(statement)) return "";
  return statement.replace(PURPOSE_TAIL, "").trim();
}
