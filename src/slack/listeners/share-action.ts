// "Share in channel" on a private (ephemeral) answer: post the same answer in the channel,
// credited to the asker, then remove the private copy. When the app is not in the channel
// (a slash command works anywhere, a bot post does not), the response_url posts it instead.
// The button names an Answer kept server-side (share-store.ts): the post is exactly what the
// asker saw. A click delivered twice (a double click, a retry 300 ms later) posts once: the first
// click claims `user:message` before anything is awaited; a failed post releases the claim.
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { renderBlocks, renderNotice } from "../../render/blocks.js";
import { ACTION, parseValue, ShareValue } from "../action-values.js";
import { guarded, type ListenerContext, MESSAGES } from "../answering.js";

/** Web API errors that mean "the bot cannot post here", not "something broke". */
const CANNOT_POST = new Set([
  "not_in_channel",
  "channel_not_found",
  "is_archived",
  "restricted_action",
]);

function platformError(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === "string" ? data.error : undefined;
}

export function registerShareAction(app: App, ctx: ListenerContext): void {
  app.action<BlockAction<ButtonAction>>(
    ACTION.share,
    async ({ ack, body, action, client, respond }) => {
      await ack();
      const user = body.user.id;
      const channel = body.channel?.id;
      await guarded(
        ctx,
        "share button",
        { surface: "button", user, channel },
        async () => {
          if (!channel) throw new Error("share button without a channel");
          // A button from before this version carried the question itself: treat it as expired.
          const value = parseValue(ShareValue, action.value);
          const message = body.container?.message_ts ?? body.message?.ts ?? "";
          const claim = `${user}:${channel}:${message}:${value?.k ?? ""}`;
          if (value && ctx.shared.seen(claim)) {
            ctx.logger.debug(`share: ${claim} already shared; ignoring the repeated click`);
            return;
          }
          const answer = value ? ctx.shares.get(value.k) : undefined;
          if (!answer) {
            ctx.shared.forget(claim);
            await respond({
              response_type: "ephemeral",
              replace_original: false,
              ...renderNotice(MESSAGES.shareExpired),
            });
            return;
          }
          const card = renderBlocks(answer, { surface: "slash", askedBy: user });
          try {
            try {
              await client.chat.postMessage({ channel, ...card });
            } catch (error) {
              const code = platformError(error);
              if (!code || !CANNOT_POST.has(code)) throw error;
              ctx.logger.info(`share: chat.postMessage said ${code}; posting through response_url`);
              await respond({ response_type: "in_channel", replace_original: false, ...card });
            }
          } catch (error) {
            ctx.shared.forget(claim); // nothing was posted: another click may try again
            throw error;
          }
          await respond({ delete_original: true });
        },
        () =>
          respond({
            response_type: "ephemeral",
            replace_original: false,
            ...renderNotice(MESSAGES.failed),
          }),
      );
    },
  );
}
