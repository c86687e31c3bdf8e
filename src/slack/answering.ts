// The one path from a Slack question to an Answer, shared by every surface: picks the engine
// serving right now (hot reload may have swapped it), records refusals for the knowledge
// officers, and tells `onAnswer`. Insight hooks can fail without costing the user the answer.
import type { Logger } from "@slack/bolt";
import type { Answer } from "../answer/types.js";
import { type Card, renderBlocks, renderNotice } from "../render/blocks.js";
import type { Dedupe } from "./dedupe.js";
import type { AppDeps, Surface } from "./deps.js";
import type { ShareStore } from "./share-store.js";

export interface ListenerContext {
  deps: AppDeps;
  logger: Logger;
  /** Messages already answered (`channel:ts`), so one message gets one answer. */
  answered: Dedupe;
  /** Votes already counted (`user:message:vote`). */
  votes: Dedupe;
  /** Answers offered for "Share in channel", by the id their button carries. */
  shares: ShareStore;
  /** Shares already posted (`user:message`), so a repeated click posts once. */
  shared: Dedupe;
}

export const MESSAGES = {
  failed: "Sorry, something went wrong while answering. Please try again in a moment.",
  rateLimited:
    "You've asked a lot of questions in the last minute. Please wait a moment and ask again.",
  thanks: "Thanks for the feedback! It helps the knowledge officers improve the answers.",
  alreadyVoted: "Thanks, your vote on this answer is already counted.",
  shared: "Shared in the channel.",
  filesOnly:
    'I can\'t read attached files. Please type your question as text, e.g. "who leads the MARA assessment?"',
  filesIgnored: "I can't read attached files; here is the answer to the text of your message.",
  shareExpired:
    "This answer can no longer be shared (it is more than a day old, or the app restarted). Ask again to share it.",
} as const;

/** `/focalpoint`, `/focalpoint help` (or French `aide`, or `?`) show the help card. */
export function isHelpRequest(text: string): boolean {
  return /^\s*(help|aide|\?|)\s*$/i.test(text);
}

/** Removes the app's own mention from a message (`<@UBOT> who leads…` → `who leads…`). */
export function stripMention(text: string, botUserId: string | undefined): string {
  const own = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, "g") : undefined;
  return (own ? text.replace(own, " ") : text).replace(/\s+/g, " ").trim();
}

function quietly(ctx: ListenerContext, what: string, hook: () => void): void {
  try {
    hook();
  } catch (error) {
    ctx.logger.warn(`${what} hook failed (the answer was still sent)`, error);
  }
}

function finish(ctx: ListenerContext, answer: Answer, surface: Surface, typed: boolean): Answer {
  if (typed && !answer.answered) {
    const event = {
      question: answer.question,
      surface,
      at: new Date(),
      ...(answer.reason ? { reason: answer.reason } : {}),
    };
    quietly(ctx, "insights.unanswered", () => ctx.deps.insights?.unanswered(event));
  }
  quietly(ctx, "onAnswer", () => ctx.deps.onAnswer?.(answer, surface));
  return answer;
}

/** Answers a question a user typed. */
export function answerQuestion(ctx: ListenerContext, question: string, surface: Surface): Answer {
  return finish(ctx, ctx.deps.engine().ask(question), surface, true);
}

/** Answers about one record: a did-you-mean click, or a Share of such an answer. */
export function answerAbout(
  ctx: ListenerContext,
  recordId: string,
  question: string,
  surface: Surface,
): Answer {
  return finish(ctx, { ...ctx.deps.engine().about(recordId), question }, surface, false);
}

export function helpAnswer(ctx: ListenerContext, surface: Surface): Answer {
  return finish(ctx, ctx.deps.engine().help(), surface, false);
}

/** The per-user budget: true when the user may ask now. No limiter means no limit. */
export function mayAsk(ctx: ListenerContext, userId: string | undefined): boolean {
  if (!ctx.deps.limiter || !userId) return true;
  return ctx.deps.limiter.take(userId);
}

/**
 * Runs a listener's work so that a failure is logged with context and the user hears
 * "Sorry, something went wrong" instead of silence; nothing is rethrown, so the process stays up.
 */
export async function guarded(
  ctx: ListenerContext,
  what: string,
  detail: Record<string, unknown>,
  work: () => Promise<void>,
  apologise: () => Promise<unknown>,
): Promise<void> {
  const run = async () => {
    try {
      await work();
    } catch (error) {
      ctx.logger.error(`${what} failed`, detail, error);
      try {
        await apologise();
      } catch (again) {
        ctx.logger.error(`${what}: could not tell the user about the failure`, detail, again);
      }
    }
  };
  await (ctx.deps.inFlight ? ctx.deps.inFlight.track(run) : run());
}

/**
 * The card a typed message gets (mentions and DMs): the help card, the rate-limit notice (only
 * the asker needs to see it: `private`), or the answer.
 */
export function replyToMessage(
  ctx: ListenerContext,
  question: string,
  user: string,
  surface: "mention" | "dm",
): { card: Card; private: boolean } {
  if (isHelpRequest(question)) {
    return { card: renderBlocks(helpAnswer(ctx, surface), { surface }), private: false };
  }
  if (!mayAsk(ctx, user)) return { card: renderNotice(MESSAGES.rateLimited), private: true };
  return {
    card: renderBlocks(answerQuestion(ctx, question, surface), { surface }),
    private: false,
  };
}
