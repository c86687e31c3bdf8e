// Parts of a record a question asks for that the knowledge may simply not hold: a part no word or
// field mentions ("the methodology of…"), a body's city or seat, who founded or wrote it. Each
// check says what is missing; the first that applies refuses the question.

import { unheldAttribute } from "./attribute-asked.js";
import type { Ctx } from "./compose/context.js";
import type { Core } from "./core.js";
import type { Ask } from "./lexicon/schema.js";
import { unheldOrigin } from "./origin-asked.js";
import { unheldSeat } from "./seat-asked.js";

export function unheldPart(
  core: Core,
  ctx: Ctx,
  asks: ReadonlySet<Ask>,
  unknown: readonly string[],
): string | undefined {
  return (
    unheldAttribute(core, ctx, unknown) ??
    unheldSeat(core, ctx, asks.has("seat")) ??
    // (A date asked stays a date question: "when was the GFP created?")
    (asks.has("origin") && !asks.has("when") ? unheldOrigin(core, ctx) : undefined)
  );
}
