// App Home opened: publish the Home tab (only for the Home tab; the Messages tab needs nothing).
import type { App } from "@slack/bolt";
import { renderNotice } from "../../render/blocks.js";
import { guarded, type ListenerContext, MESSAGES } from "../answering.js";
import { buildHomeView } from "../home-view.js";

export function registerHomeOpened(app: App, ctx: ListenerContext): void {
  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== undefined && event.tab !== "home") return;
    await guarded(
      ctx,
      "app home",
      { surface: "home", user: event.user },
      async () => {
        await client.views.publish({ user_id: event.user, view: buildHomeView(ctx.deps.engine()) });
      },
      () =>
        client.views.publish({
          user_id: event.user,
          view: { type: "home", blocks: renderNotice(MESSAGES.failed).blocks },
        }),
    );
  });
}
