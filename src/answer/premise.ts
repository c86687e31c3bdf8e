// "Since UN Women leads the GFP, who are the other GFP partners?": a question resting on a stated
// premise. The premise is checked as a claim of its own; the message says what the knowledge
// holds when it does not back it, and is answered only when it does.

// (Not a time: "since November 2020, who has led…" is no premise.)
const PREMISE =
  /^\s*(?:since|given that|now that|seeing (?:as|that)|considering that|puisque|vu que|etant donne que|étant donné que|comme)\s+(?!(?:\d|the start|then|when|last|early|late|mid|january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|février|mars|avril|mai|juin|juillet|aout|août|septembre|octobre|novembre|decembre|décembre)\b)([^,?]{6,120}?),\s*(.{6,}\?)\s*$/i;

/** Starts with a premise ("Since UN Women leads the GFP, …"): the comma does not end a question. */
export function startsWithPremise(text: string): boolean {
  return PREMISE.test(text);
}

/** The premise a question rests on, as a claim to check, and the question asked; or nothing. */
export function splitPremise(q: string): { claim: string; question: string } | undefined {
  const m = PREMISE.exec(q);
  if (!m?.[1] || !m[2]) return undefined;
  return { claim: `${m[1].trim()}, right?`, question: m[2].trim() };
}
