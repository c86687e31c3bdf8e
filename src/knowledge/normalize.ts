// \p{…} patterns sit at module level: esbuild compiles such a literal to `new RegExp` per use.
/** Anything between words. */
const NON_WORD = /[^\p{L}\p{N}]+/gu;
// The one way names are compared: "Département", "departement" and "DEPARTEMENT" are the same name,
// as are "U.N. Women" and "UN  Women", and "OSRSG-SVC" and "OSRSG SVC".
export function normalizeName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`.]/g, "")
    .replace(NON_WORD, " ")
    .trim();
}
