// "Within which department and which office is UNMAS housed?": the splitter cuts a message at
// "and" + a question word; two question phrases that share one clause are put back together.

/** A part that ends in a question word and its noun, with nothing said of it yet. */
const BARE_ASK = /\b(?:which|what|whose|quel|quelle|quels|quelles)(?! about\b)(?: \w+){1,2}\s*$/i;

/**
 * "Within which department and which office is UNMAS housed?": two question phrases sharing
 * one clause are one question; the part before "and" is put back with the part after it.
 */
export function joinSharedClauses(parts: string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (prev !== undefined && BARE_ASK.test(prev) && bareAskOnly(prev))
      out[out.length - 1] = `${prev} and ${p.trim()}`;
    else out.push(p);
  }
  return out;
}

/** The bare question phrase has no verb after it: "…which department", not "which body leads it". */
function bareAskOnly(part: string): boolean {
  const m = BARE_ASK.exec(part);
  return (
    !!m &&
    !/\b(?:is|are|was|were|does|do|did|has|have|leads?|chairs?|runs?|coordinates?|houses?)\b/i.test(
      m[0],
    )
  );
}
