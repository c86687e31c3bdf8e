// "*IOM & UNHCR* coordination: do they take part in the IACG-MA, and what are their roles?": a
// plural pronoun after a question about names the knowledge lacks means those names, not the
// record the earlier question also named. The pronoun is replaced by the names, so the follow-up
// is refused for them ("I don't have anything on IOM, UNHCR") instead of answered for another.
import type { Answer } from "./types.js";

/** Plural pronouns a follow-up may point back with, English and French. */
const PLURAL = /\b(?:they|them|their|theirs|ils|elles|leurs?)\b/i;

/** The unexplained words of an answer that its message typed in capitals: names it lacks. */
export function unknownNamesOf(raw: string, a: Answer): string[] {
  return (a.unexplained ?? [])
    .map((w) => new RegExp(`\\b${w.replace(/[^\w-]/g, "")}\\b`, "i").exec(raw)?.[0] ?? "")
    .filter((w) => /^[A-Z][A-Z0-9-]+$/.test(w));
}

/** The question with its plural pronoun replaced by those names, or undefined. */
export function withUnknownReferent(
  question: string,
  names: readonly string[],
): string | undefined {
  if (names.length < 2 || !PLURAL.test(question)) return undefined;
  const list = `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return question.replace(PLURAL, (p) =>
    /^(?:their|theirs|leurs?)$/i.test(p) ? `${list}'s` : list,
  );
}
