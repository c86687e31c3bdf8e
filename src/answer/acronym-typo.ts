// "MRA" for MARA, "UNMS" for UNMAS, "gpf" for GFP: an acronym typed with one letter left out or
// two inner letters swapped, when exactly one acronym the knowledge holds is that. Only a left-out letter (never a changed one: "WFP" is not
// "WPS") and never the first letter, so an organisation the knowledge lacks stays unknown — but
// the O of an office ("HCHR" for OHCHR), which people drop.
import type { CandidateIndex } from "./candidate-index.js";
import { neighbourSwaps } from "./tokens.js";

const variantsOf = new WeakMap<CandidateIndex, Map<string, string | null>>();

/** Each acronym with one inner letter left out or two swapped → it (null when two share a form). */
function variants(index: CandidateIndex): Map<string, string | null> {
  let out = variantsOf.get(index);
  if (out) return out;
  out = new Map();
  for (const doc of index.docs) {
    for (const k of doc.keys) {
      // An acronym key, or an acronym inside a longer name ("PSEA Task Force website").
      const own =
        (k.source === "acronym" || k.source === "former_acronym") && k.tokens.length === 1;
      const inside = own
        ? []
        : (k.text.match(/\b[A-Z]{3,8}\b/g) ?? [])
            .map((w) => w.toLowerCase())
            .filter((w) => k.tokens.includes(w));
      for (const a of own ? [k.tokens[0] as string] : inside) {
        if (a.length < 3 || a.length > 8) continue;
        const add = (v: string) => {
          const prev = out?.get(v);
          out?.set(v, prev === undefined || prev === a ? a : null);
        };
        // "gpf" for GFP, "jsc" for JCS, "dkpo" for DPKO: two inner letters swapped.
        for (const v of neighbourSwaps(a, 1)) add(v);
        if (a.length < 4) continue;
        // ("HCHR" for OHCHR: an "Office of …" acronym is often typed without its O.)
        for (let i = a.startsWith("o") && a.length >= 5 ? 0 : 1; i < a.length; i++) {
          add(a.slice(0, i) + a.slice(i + 1));
        }
      }
    }
  }
  variantsOf.set(index, out);
  return out;
}

/** The acronym token this typed one stands for, if it is one slip away from exactly one. */
export function acronymTypo(index: CandidateIndex, typed: string): string | undefined {
  if (typed.length < 3 || typed.length > 7 || index.inKeys(typed)) return undefined;
  return variants(index).get(typed) ?? undefined;
}
