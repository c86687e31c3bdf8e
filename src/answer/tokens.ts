// Word-level helpers shared by the index and the question side, so both cut and stem identically.

/** Folded text → word tokens. Single letters ("l'", "'s") carry nothing and are dropped. */
export function rawTokens(folded: string): string[] {
  const out: string[] = [];
  for (const t of folded.split(/[^a-z0-9]+/)) {
    if (t.length > 1 || /\d/.test(t)) out.push(t);
  }
  return out;
}

/**
 * A light stemmer for English and French plurals and -ing forms. It only has to be consistent
 * (index and question go through it), not linguistically right: "arrangements" → "arrangement",
 * "activities" → "activity", "reporting" → "report".
 */
export function stem(token: string): string {
  if (token.length <= 3 || /\d/.test(token)) return token;
  let t = token;
  if (t.endsWith("ies") && t.length > 4) t = `${t.slice(0, -3)}y`;
  else if (t.endsWith("sses")) t = t.slice(0, -2);
  else if (t.endsWith("s") && !/(?:ss|us|is|os)$/.test(t)) t = t.slice(0, -1);
  else if (t.endsWith("aux") && t.length > 5) t = `${t.slice(0, -3)}al`;
  if (t.endsWith("ing") && t.length >= 7) t = t.slice(0, -3);
  return t;
}

/** Letters and digits only: "IACG-MA" and "iacg ma" both give "iacgma". */
export function compact(folded: string): string {
  return folded.replace(/[^a-z0-9]+/g, "");
}

/** Padded character trigrams of a token, for typo-tolerant lookup. */
export function trigrams(token: string): string[] {
  const s = `^${token}$`;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return [...out];
}

/** Optimal-string-alignment distance (a swap counts as one typo), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] ?? max + 1;
}

/** How many typos a word of this length may carry and still be recognised. */
export function typoBudget(length: number): number {
  if (length < 4) return 0;
  if (length < 7) return 1;
  return 2;
}
