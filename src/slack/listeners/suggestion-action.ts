// A did-you-mean button: answer for the record it names. On a private answer the card is
// replaced in place; in a thread or DM the answer is posted where the buttons were.
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { renderBlocks, renderNotice } from "../../render/blocks.js";
import { parseValue, SUGGEST_ACTION, SuggestValue } from "../action-values.js";
import { answerAbout, guarded, type ListenerContext, MESSAGES, mayAsk } from "../answering.js";

export function registerSuggestionAction(app: App, ctx: ListenerContext): void {
  app.action<BlockAction<ButtonAction>>(
    SUGGEST_ACTION,
    async ({ ack, body, action, client, respond }) => {
      await ack();
      const user = body.user.id;
      const channel = body.channel?.id;
      const privately = (text: string) =>
        respond({ response_type: "ephemeral", replace_original: false, ...renderNotice(text) });
      await guarded(
        ctx,
        "did-you-mean button",
        { surface: "button", user, channel },
        async () => {
          const value = parseValue(SuggestValue, action.value);
          if (!value) throw new Error("did-you-mean button without a valid value");
          if (!mayAsk(ctx, user)) {
            await privately(MESSAGES.rateLimited);
            return;
          }
          const answer = answerAbout(ctx, value.id, value.q, "button");
          const ephemeral = body.container?.is_ephemeral === true || !body.message || !channel;
          if (ephemeral) {
            const card = renderBlocks(answer, {
              surface: "button",
              ...(answer.answered ? { shareId: ctx.shares.put(answer) } : {}),
            });
            await respond({ response_type: "ephemeral", replace_original: true, ...card });
            return;
          }
          const card = renderBlocks(answer, { surface: "button", askedBy: user });
          const thread_ts = body.message?.thread_ts;
          await client.chat.postMessage({ channel, ...(thread_ts ? { thread_ts } : {}), ...card });
        },
        () => privately(MESSAGES.failed),
      );
    },
  );
}
