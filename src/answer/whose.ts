// "Whose expertise does the JCS draw on?": "whose" asks who owns the thing named after it. The
// fact of a named record that holds that word and relates another record to it is the answer
// ("JCS benefits from UN Women expertise"), whatever card the question's type would give.
import type { Ctx } from "./compose/context.js";
import type { Core } from "./core.js";
import type { KFact } from "./facts.js";

export function whoseFact(core: Core, ctx: Ctx): KFact | undefined {
  const words = ctx.pq.words;
  const at = words.indexOf("whose");
  const owned = at >= 0 ? words[at + 1] : undefined;
  const stem = owned ? core.index.analyze(owned)[0] : undefined;
  if (!stem) return undefined;
  // (In the fact's own sentence, not only in the passage it quotes.)
  for (const n of ctx.named.slice(0, 2))
    for (const f of core.facts.factsOf(n.rec))
      if (
        core.index.analyzeText(f.text).includes(stem) &&
        f.objects.some((o) => !ctx.named.some((m) => m.rec.id === o))
      )
        return f;
  return undefined;
}
