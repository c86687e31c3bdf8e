// Domain synonym groups ("evaluation" ~ "assessment", "UN" ~ "United Nations") folded into one
// canonical spelling on both sides of the search: the index and the question see the same words.
import { foldText } from "./normalize.js";
import { rawTokens, stem } from "./tokens.js";

export class Canonicalizer {
  private readonly single = new Map<string, string[]>();
  /** first token → phrases starting with it (longest first), each with its replacement. */
  private readonly phrases = new Map<string, { from: string[]; to: string[] }[]>();

  constructor(groups: readonly (readonly string[])[]) {
    for (const group of groups) {
      const forms = group.map((w) => rawTokens(foldText(w)).map(stem)).filter((f) => f.length > 0);
      const canonical = forms[0];
      if (!canonical) continue;
      for (const form of forms.slice(1)) {
        if (form.join(" ") === canonical.join(" ")) continue;
        if (form.length === 1) {
          const [only] = form;
          if (only && !this.single.has(only)) this.single.set(only, canonical);
        } else {
          const first = form[0] as string;
          const list = this.phrases.get(first) ?? [];
          list.push({ from: form, to: canonical });
          list.sort((a, b) => b.from.length - a.from.length);
          this.phrases.set(first, list);
        }
      }
    }
  }

  /** Stemmed tokens → canonical tokens. Also returns, for each output token, its input index. */
  apply(tokens: readonly string[]): { tokens: string[]; from: number[] } {
    const out: string[] = [];
    const from: number[] = [];
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i] as string;
      const candidates = this.phrases.get(t);
      let matched = false;
      if (candidates) {
        for (const p of candidates) {
          if (p.from.every((w, k) => tokens[i + k] === w)) {
            for (const w of p.to) {
              out.push(w);
              from.push(i);
            }
            i += p.from.length;
            matched = true;
            break;
          }
        }
      }
      if (matched) continue;
      const rep = this.single.get(t);
      for (const w of rep ?? [t]) {
        out.push(w);
        from.push(i);
      }
      i++;
    }
    return { tokens: out, from };
  }

  /** Folded text → stemmed, canonical tokens. */
  analyze(folded: string): string[] {
    return this.apply(rawTokens(folded).map(stem)).tokens;
  }
}
