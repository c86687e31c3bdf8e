// `/focalpoint <question>`: the answer goes back IN the acknowledgement — Slack's documented
// "immediate response" (an ephemeral message with a "Share in channel" button), in HTTP and
// Socket Mode alike. Answering takes well under a millisecond in-process, far inside Slack's
// 3 seconds, and saves a second round trip through the response_url. `/focalpoint` alone or
// `help` shows how to ask. Any command name is accepted: the manifest declares only this one, and
// a workspace that had to rename it (say `/fp`) keeps working. The command is always acked: if
// answering fails, the ack carries the apology instead.
import type { App, SlackCommandMiddlewareArgs } from "@slack/bolt";
import type { Answer } from "../../answer/types.js";
import { type Card, renderBlocks, renderNotice } from "../../render/blocks.js";
import {
  answerQuestion,
  guarded,
  helpAnswer,
  isHelpRequest,
  type ListenerContext,
  MESSAGES,
  mayAsk,
} from "../answering.js";

/**
 * Cards already rendered, per Answer object. The answer cache hands back the same object for a
 * repeated question (until the knowledge changes), so a popular question is rendered once; cards
 * are never mutated, and a WeakMap lets them go with the answers.
 */
type CardMemo = { help: WeakMap<Answer, Card>; answers: WeakMap<Answer, Card> };

function memo(cards: WeakMap<Answer, Card>, answer: Answer, render: () => Card): Card {
  let card = cards.get(answer);
  if (!card) {
    card = render();
    cards.set(answer, card);
  }
  return card;
}

/** The answer's card; its Share button names the answer kept in the share store. */
function answerCard(ctx: ListenerContext, cards: CardMemo, answer: Answer): Card {
  if (!answer.answered)
    return memo(cards.answers, answer, () => renderBlocks(answer, { surface: "slash" }));
  const shareId = ctx.shares.put(answer);
  const card = cards.answers.get(answer);
  // A memoised card is reused only while its share id is still the live one.
  if (card && shareIds.get(card) === shareId) return card;
  const fresh = renderBlocks(answer, { surface: "slash", shareId });
  shareIds.set(fresh, shareId);
  cards.answers.set(answer, fresh);
  return fresh;
}
const shareIds = new WeakMap<Card, string>();

const RATE_LIMITED = renderNotice(MESSAGES.rateLimited);

/** What the command shows its asker: help, a rate-limit notice or the answer. */
function replyTo(ctx: ListenerContext, cards: CardMemo, text: string, user?: string): Card {
  if (isHelpRequest(text)) {
    const help = helpAnswer(ctx, "slash");
    return memo(cards.help, help, () => renderBlocks(help, { surface: "slash" }));
  }
  if (!mayAsk(ctx, user)) return RATE_LIMITED;
  return answerCard(ctx, cards, answerQuestion(ctx, text, "slash"));
}

/** The part of Bolt's middleware arguments a command handler needs. */
type CommandArgs = Pick<SlackCommandMiddlewareArgs, "command" | "ack">;

export function registerSlashCommand(app: App, ctx: ListenerContext): void {
  const cards: CardMemo = { help: new WeakMap(), answers: new WeakMap() };
  const answer = async ({ command, ack }: CommandArgs) => {
    let acked = false;
    const privately = (card: Card) => {
      acked = true;
      return ack({ response_type: "ephemeral", ...card });
    };
    await guarded(
      ctx,
      "slash command",
      { surface: "slash", user: command.user_id, channel: command.channel_id },
      () => privately(replyTo(ctx, cards, command.text ?? "", command.user_id)),
      // A failed ack cannot be retried (Bolt allows one); a failed answer is acked with the apology.
      async () => {
        if (!acked) await privately(renderNotice(MESSAGES.failed));
      },
    );
  };
  // Why middleware, not app.command(): Bolt runs the matchers of every registered listener for
  // every request, which costs more than answering. Commands (the hot path, and only this
  // listener takes them) are answered here and go no further; everything else passes on.
  app.use(async (args) => {
    const command = (args as Partial<CommandArgs>).command;
    if (command && typeof command.command === "string" && command.command.startsWith("/")) {
      await answer(args as unknown as CommandArgs);
      return;
    }
    await args.next();
  });
}
