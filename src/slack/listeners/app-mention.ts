// @Focal Point in a channel: answer in the thread (the mention's thread, or a new thread under it).
// Other bots (and the app itself) are ignored so two bots can never talk to each other forever.
// Notices only the asker needs (rate limit, apology) are ephemeral.
import type { App } from "@slack/bolt";
import { type Card, renderNotice } from "../../render/blocks.js";
import {
  guarded,
  type ListenerContext,
  MESSAGES,
  replyToMessage,
  stripMention,
} from "../answering.js";

export function registerAppMention(app: App, ctx: ListenerContext): void {
  app.event("app_mention", async ({ event, context, client }) => {
    if (event.bot_id || event.subtype || !event.user) return;
    if (event.user === context.botUserId) return;
    if (ctx.answered.seen(`${event.channel}:${event.ts}`)) return;
    const user = event.user;
    const thread_ts = event.thread_ts ?? event.ts;
    const detail = { surface: "mention", user, channel: event.channel };
    const toAsker = (card: Card) =>
      client.chat.postEphemeral({ channel: event.channel, user, thread_ts, ...card });
    await guarded(
      ctx,
      "app mention",
      detail,
      async () => {
        const question = stripMention(event.text ?? "", context.botUserId);
        const reply = replyToMessage(ctx, question, user, "mention");
        if (reply.private) await toAsker(reply.card);
        else await client.chat.postMessage({ channel: event.channel, thread_ts, ...reply.card });
      },
      () => toAsker(renderNotice(MESSAGES.failed)),
    );
  });
}
