// The composer's answer to a question: its type's registry entry, unless the question names a
// worked example (its title, alias or place), which it is then about.
import type { KnowledgeRecord } from "../knowledge/model.js";
import type { Draft } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import { example } from "./compose/links.js";
import { QUESTION_TYPES } from "./registry.js";
import type { Intent } from "./types.js";

/** Types about a record's names or links, not about what happened in an example it names. */
const NOT_ABOUT_EXAMPLE = new Set<Intent>([
  "resources",
  "acronym",
  "short_name",
  "compare",
  "history",
]);
/** The answer of the question type's composer, or of the example a question names. */
export function composeAnswer(ctx: Ctx): Draft | undefined {
  const rec = ctx.named[0]?.rec as KnowledgeRecord;
  // A question naming a worked example (its title, alias or place) is about that example.
  if (!NOT_ABOUT_EXAMPLE.has(ctx.pq.intent)) {
    const ex = ctx.named.find(
      (n) => n.rec.type === "example" && ["place", "title", "alias"].includes(n.key.source),
    );
    if (ex) return example({ ...ctx, named: [ex, ...ctx.named.filter((n) => n !== ex)] });
  }
  const type = QUESTION_TYPES[ctx.pq.intent as keyof typeof QUESTION_TYPES];
  return (type ?? QUESTION_TYPES.definition).compose(ctx, rec);
}
