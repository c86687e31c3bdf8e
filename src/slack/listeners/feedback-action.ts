// 👍/👎 on an answer card: counted once per person and message, handed to insights (never who
// voted), and acknowledged privately so the person knows the click did something.
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { renderNotice } from "../../render/blocks.js";
import { FEEDBACK_ACTION, FeedbackValue, parseValue } from "../action-values.js";
import { guarded, type ListenerContext, MESSAGES } from "../answering.js";

export function registerFeedbackAction(app: App, ctx: ListenerContext): void {
  app.action<BlockAction<ButtonAction>>(FEEDBACK_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const user = body.user.id;
    const vote = action.action_id.endsWith("_up") ? "up" : "down";
    const messageTs = body.container?.message_ts ?? body.message?.ts ?? action.action_ts;
    const key = `${user}:${body.channel?.id ?? ""}:${messageTs}`;
    const privately = (text: string) =>
      respond({ response_type: "ephemeral", replace_original: false, ...renderNotice(text) });
    await guarded(
      ctx,
      "feedback button",
      { surface: "button", user, vote },
      async () => {
        const value = parseValue(FeedbackValue, action.value);
        if (!value) throw new Error("feedback button without a valid value");
        if (ctx.votes.seen(key)) {
          await privately(MESSAGES.alreadyVoted);
          return;
        }
        try {
          ctx.deps.insights?.feedback({
            vote,
            question: value.q,
            recordId: value.r,
            surface: value.s,
            at: new Date(),
          });
        } catch (error) {
          ctx.votes.forget(key);
          throw error;
        }
        await privately(MESSAGES.thanks);
      },
      () => privately(MESSAGES.failed),
    );
  });
}
