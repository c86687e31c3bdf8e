// Country names, in English and French (from i18n-iso-countries), and regions (vocabulary): a
// capitalised name the knowledge lacks that is a place ("Sierra Leone", "la RDC") is a place it
// cannot speak to, not a person's name. Loaded on first use.
import { createRequire } from "node:module";
import { inClass, type Lexicon } from "./lexicon/lexicon.js";
import { plainWords } from "./question-shape.js";

const require = createRequire(import.meta.url);

let countries: Set<string> | undefined;

function load(): Set<string> {
  const out = new Set<string>();
  for (const lang of ["en", "fr"]) {
    const names = require(`i18n-iso-countries/langs/${lang}.json`) as {
      countries: Record<string, string | string[]>;
    };
    for (const v of Object.values(names.countries))
      for (const n of Array.isArray(v) ? v : [v]) out.add(plainWords(n));
  }
  return out;
}

function folded(name: string): string {
  return plainWords(name).replace(/^(?:the|la|le|les|l) /, "");
}

/** Is this name (as typed) a country? */
export function isCountry(name: string): boolean {
  countries ??= load();
  return countries.has(folded(name));
}

/** Is this name (as typed) a country or a region (the vocabulary's `regions`)? */
export function isPlace(name: string, lex: Lexicon): boolean {
  return isCountry(name) || inClass(lex, "regions", folded(name));
}
