// "The GFP is the Global Funding Pool, correct?": a run of capitalised words whose initials spell
// an acronym the question types is a claimed expansion of it. Its words name a thing ("Funding"),
// they do not ask for one: no scope rule reads them as a question about money or news.

/** Small words an expansion keeps in lowercase ("Group on Mine Action", "Service de la…"). */
const SMALL = new Set([
  "of",
  "on",
  "for",
  "and",
  "the",
  "in",
  "to",
  "de",
  "des",
  "du",
  "la",
  "le",
  "et",
  "pour",
  "sur",
  "l",
  "d",
]);

/** Whether the text holds an acronym and, elsewhere in it, words whose capitals spell it. */
export function claimsExpansion(text: string): boolean {
  const acronyms = [...text.matchAll(/\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*\b/g)]
    .map((m) => m[0].replace(/[^A-Z]/g, ""))
    .filter((a) => a.length >= 2);
  if (acronyms.length === 0) return false;
  const words = text.split(/[\s/]+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""));
  for (let i = 0; i < words.length; i++) {
    let initials = "";
    for (let j = i; j < words.length; j++) {
      const w = words[j] as string;
      if (/^\p{Lu}\p{Ll}/u.test(w)) {
        // ("Inter-Agency": each part gives its capital.)
        initials += w
          .split("-")
          .map((p) => p.charAt(0))
          .join("")
          .toUpperCase();
      } else if (!(j > i && SMALL.has(w.toLowerCase()))) break;
      if (initials.length >= 2 && acronyms.includes(initials)) return true;
    }
  }
  return false;
}

/** "does GFP stand for Global Funding Pool?": two capitalised words after "stand for" name a thing. */
const EXPANSION_ASKED = /\bstands? for (?:the )?\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,3} \p{Lu}/u;

/** Whether the text claims an expansion or asks whether an acronym stands for one. */
export function namesExpansion(text: string): boolean {
  return claimsExpansion(text) || EXPANSION_ASKED.test(text);
}

/**
 * "The GFP is the Global Funding Pool, correct?", "JCS means Joint Coordination Secretariat?":
 * the claim asked as what it is, "does GFP stand for Global Funding Pool?", or nothing.
 */
export function expansionQuestion(line: string): string | undefined {
  const m =
    /^\s*(?:(?:[Ss]o|[Aa]nd|[Ww]ait|[Oo]k|[Oo]kay|[Tt]he),?\s+)*\b([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\s+(?:is|=|means|stands for)\s+(?:the\s+|an?\s+)?((?:\p{Lu}[\p{L}-]*)(?:\s+(?:\p{Lu}[\p{L}-]*|of|on|for|and|the|in|to))*)\s*(?:[,;—–-]\s*\w+(?:\s+\w+){0,3}\s*)?[?.!]*\s*$/u.exec(
      line,
    );
  if (!m) return undefined;
  const [, acronym, phrase] = m as unknown as [string, string, string];
  // (A wrong expansion may not spell it: "the MARA is the Monitoring and Reporting on
  // Atrocities". Two capitalised words, the first with the acronym's first letter, claim one.)
  const capitals = phrase.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const spelled =
    claimsExpansion(`${acronym} ${phrase}`) ||
    (capitals.length >= 2 && capitals[0]?.charAt(0) === acronym.charAt(0));
  return spelled && !claimsExpansion(phrase) ? `does ${acronym} stand for ${phrase}?` : undefined;
}
