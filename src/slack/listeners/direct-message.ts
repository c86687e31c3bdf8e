// Direct messages to the app (its Messages tab): every plain message from a person is a question,
// answered in the DM (in the thread, when the person wrote in one). Edits, deletions, joins and
// other subtypes, and anything from a bot, are not questions and are ignored. A message with a
// file attached (subtype file_share) is told that files are not read; its text, if any, is
// answered as usual.
import type { App } from "@slack/bolt";
import { type Card, renderNotice } from "../../render/blocks.js";
import {
  guarded,
  type ListenerContext,
  MESSAGES,
  replyToMessage,
  stripMention,
} from "../answering.js";

export function registerDirectMessage(app: App, ctx: ListenerContext): void {
  app.message(async ({ message, context, client }) => {
    // Only plain user messages carry no subtype; the narrowing also gives `user` and `text`.
    if (message.subtype !== undefined && message.subtype !== "file_share") return;
    const withFiles = message.subtype === "file_share";
    if (message.channel_type !== "im") return;
    const botId = (message as { bot_id?: string }).bot_id;
    if (botId || !message.user || message.user === context.botUserId) return;
    if (ctx.answered.seen(`${message.channel}:${message.ts}`)) return;
    const user = message.user;
    const channel = message.channel;
    const thread_ts = message.thread_ts;
    const reply = (card: Card) =>
      client.chat.postMessage({ channel, ...(thread_ts ? { thread_ts } : {}), ...card });
    await guarded(
      ctx,
      "direct message",
      { surface: "dm", user, channel },
      async () => {
        const question = stripMention(message.text ?? "", context.botUserId);
        if (withFiles) {
          await reply(renderNotice(question ? MESSAGES.filesIgnored : MESSAGES.filesOnly));
          if (!question) return;
        }
        // In a DM only the asker is there: every card, notices included, is a plain reply.
        await reply(replyToMessage(ctx, question, user, "dm").card);
      },
      () => reply(renderNotice(MESSAGES.failed)),
    );
  });
}
