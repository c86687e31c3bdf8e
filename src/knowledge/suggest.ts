// "Did you mean …?" suggestions by edit distance, bounded so that a typo in a 100,000-record
// knowledge base costs one linear scan at most, never a quadratic one.

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("dco" → "doc"),
 * or `max + 1` as soon as it is certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  let before = new Array<number>(width).fill(0);
  let prev = new Array<number>(width);
  let cur = new Array<number>(width);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (before[j - 2] ?? 0) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[b.length] ?? max + 1;
}

/**
 * How far a suggestion may be from what was typed to still be "reasonably close": one edit per
 * four letters, at most three. Three letters or fewer get no suggestion by distance: one edit
 * there changes a third of the word ("sex" is not a typo of "sea").
 */
export function closeEnough(word: string): number {
  return Math.min(3, Math.floor(word.length / 4));
}

/** A prefix stands for a longer candidate when it is 4+ letters and at least 40% of it ("dept"). */
function prefixStandsFor(typed: string, candidate: string): boolean {
  return (
    typed.length >= 4 && typed.length * 5 >= candidate.length * 2 && candidate.startsWith(typed)
  );
}

/** Caps the total work spent on suggestions in one load (many typos × many ids). */
export class SuggestBudget {
  constructor(private remaining = 20_000_000) {}
  spend(n: number): boolean {
    this.remaining -= n;
    return this.remaining >= 0;
  }
}

/**
 * The closest candidate within `closeEnough(word)`, ties broken alphabetically; failing that,
 * the only candidate that what was typed is a long enough prefix of ("dept" → "department").
 */
export function closest(
  word: string,
  candidates: Iterable<string>,
  budget?: SuggestBudget,
): string | undefined {
  const lowered = word.toLowerCase();
  let limit = closeEnough(lowered);
  let best: string | undefined;
  let bestDistance = limit + 1;
  let prefixed: string | undefined;
  let prefixCount = 0;
  for (const c of candidates) {
    if (c === word) continue;
    const cl = c.toLowerCase();
    if (prefixStandsFor(lowered, cl)) {
      prefixed = c;
      prefixCount++;
    }
    if (Math.abs(cl.length - lowered.length) > limit) continue;
    if (budget && !budget.spend(cl.length + lowered.length)) break;
    const d = cl === lowered ? 0 : editDistance(lowered, cl, limit);
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = d;
      limit = Math.min(limit, d);
    }
  }
  return best ?? (prefixCount === 1 ? prefixed : undefined);
}

/** ` (did you mean 'x'?)`, or nothing. */
export function didYouMean(word: string, candidates: Iterable<string>, budget?: SuggestBudget) {
  const s = closest(word, candidates, budget);
  return s === undefined ? "" : ` (did you mean '${s}'?)`;
}
