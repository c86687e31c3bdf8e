// The one place every Slack listener is registered, in order: retry de-duplication first, then
// the surfaces, then the app-wide error handler that keeps a failing handler from taking the
// process down.
import type { App } from "@slack/bolt";
import type { ListenerContext } from "./answering.js";
import { createDedupe, type Dedupe } from "./dedupe.js";
import { registerAppMention } from "./listeners/app-mention.js";
import { registerDirectMessage } from "./listeners/direct-message.js";
import { registerFeedbackAction } from "./listeners/feedback-action.js";
import { registerHomeOpened } from "./listeners/home-opened.js";
import { registerShareAction } from "./listeners/share-action.js";
import { registerSlashCommand } from "./listeners/slash-command.js";
import { registerSuggestionAction } from "./listeners/suggestion-action.js";

/**
 * Slack re-sends an event when it thinks the ack was late, with the same event_id. Whatever the
 * retry headers (HTTP) or retry_attempt (Socket Mode) say, an event_id is handled once. Bolt has
 * already acknowledged the event by the time middleware runs, so a skipped retry is still acked.
 */
function ignoreRepeatedEvents(app: App, ctx: ListenerContext, events: Dedupe): void {
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string" && events.seen(eventId)) {
      ctx.logger.debug(`event ${eventId} was already handled; ignoring the retry`);
      return;
    }
    await next();
  });
}

export function registerListeners(app: App, ctx: ListenerContext, events = createDedupe()): void {
  ignoreRepeatedEvents(app, ctx, events);
  registerSlashCommand(app, ctx);
  registerAppMention(app, ctx);
  registerDirectMessage(app, ctx);
  registerHomeOpened(app, ctx);
  registerShareAction(app, ctx);
  registerSuggestionAction(app, ctx);
  registerFeedbackAction(app, ctx);
  app.error(async (error) => {
    ctx.logger.error("A Slack handler failed outside its own error handling", error);
  });
}
