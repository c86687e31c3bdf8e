// Talks to a running HTTP-mode harness the way Slack does: signed slash commands, button clicks
// and Events API callbacks, plus look-ups of what the app sent back to the fake.
import { waitFor } from "./fake-slack.js";
import { type Harness, SIGNING_SECRET } from "./slack-harness.js";
import {
  type ButtonClick,
  blockActionsBody,
  eventCallback,
  FORM,
  type PostResult,
  postToSlackApp,
  slashCommandBody,
} from "./slack-requests.js";

/** The JSON an app sent back in its HTTP acknowledgement (empty object for an empty ack). */
export function ackBody(res: PostResult): { body: Record<string, unknown> } {
  if (res.body === "") return { body: {} };
  return { body: JSON.parse(res.body) as Record<string, unknown> };
}

export function httpClient(harness: () => Harness) {
  let users = 0;
  const h = harness;
  const pathOf = (url: string) => new URL(url).pathname;
  const responsesTo = (url: string) =>
    h().fake.calls.filter((c) => c.method === "response_url" && c.path === pathOf(url));
  return {
    /** A fresh user id per test, so the per-user rate limit only bites where a test means it to. */
    newUser: () => `U${String(++users).padStart(4, "0")}TEST`,
    responsesTo,
    firstResponse: (url: string) => waitFor(() => responsesTo(url)[0], `a response on ${url}`),
    postsTo: (channel: string) =>
      h()
        .fake.callsTo("chat.postMessage")
        .filter((c) => c.body.channel === channel),
    /**
     * Runs a slash command. The app answers in the acknowledgement, so `reply` is the HTTP
     * response body (what Slack would show the asker); `responseUrl` should stay unused.
     */
    async slash(text: string, user: string, channel = "C1") {
      const responseUrl = h().fake.responseUrl();
      const res = await postToSlackApp(
        h().eventsUrl,
        slashCommandBody({ text, user, channel, responseUrl }),
        { secret: SIGNING_SECRET, contentType: FORM },
      );
      return { res, reply: ackBody(res), responseUrl, user };
    },
    async click(c: Omit<ButtonClick, "responseUrl">) {
      const responseUrl = h().fake.responseUrl();
      const res = await postToSlackApp(h().eventsUrl, blockActionsBody({ ...c, responseUrl }), {
        secret: SIGNING_SECRET,
        contentType: FORM,
      });
      return { res, responseUrl };
    },
    sendEvent(event: Record<string, unknown>, eventId?: string, headers = {}) {
      const body = JSON.stringify(eventCallback(event, eventId));
      return postToSlackApp(h().eventsUrl, body, { secret: SIGNING_SECRET, headers });
    },
  };
}
