// The one way names are compared: "Département", "departement" and "DEPARTEMENT" are the same name,
// as are "U.N. Women" and "UN  Women", and "OSRSG-SVC" and "OSRSG SVC".
export function normalizeName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
