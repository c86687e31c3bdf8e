// The real Bolt app in HTTP mode on loopback, what users see: slash command, Share, mentions,
// and DMs. Requests are signed exactly as Slack signs them; the
// Web API and response_urls point at a local fake; real loader + engine + knowledge/ folder.
import { describe, expect, it } from "vitest";
import { waitFor } from "../helpers/fake-slack.js";
import { useHttpApp } from "../helpers/http-app.js";
import { ackBody } from "../helpers/http-client.js";
import { BOT_TOKEN, buttonsOf, SIGNING_SECRET, visibleText } from "../helpers/slack-harness.js";
import { FORM, postToSlackApp, slashCommandBody } from "../helpers/slack-requests.js";

const { harness, client, slash } = useHttpApp();
const { newUser, responsesTo, firstResponse, postsTo, click, sendEvent } = client;

describe("/focalpoint", () => {
  it("answers privately in the ack, with Share and feedback buttons", async () => {
    const { res, reply, responseUrl } = await slash("who leads the MARA assessment?");
    expect(res.status).toBe(200);
    expect(reply.body.response_type).toBe("ephemeral");
    const text = visibleText(reply.body);
    expect(text).toContain("DPO");
    expect(text).toMatch(/OHCHR/);
    const ids = buttonsOf(reply.body).map((b) => b.action_id);
    expect(ids).toEqual(expect.arrayContaining(["fp_share", "fp_feedback_up", "fp_feedback_down"]));
    expect(new Set(ids).size).toBe(ids.length);
    expect(typeof reply.body.text).toBe("string");
    expect(String(reply.body.text)).toContain("DPO");
    // The answer came with the ack: nothing is posted to the response_url afterwards.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(responsesTo(responseUrl)).toEqual([]);
  });

  it("answers in French-flavoured, typo-ridden form too", async () => {
    const { reply } = await slash("who chairs the IACG-MA");
    expect(visibleText(reply.body)).toContain("UNMAS");
  });

  it("answers under another command name too (a workspace that renamed it /fp)", async () => {
    const res = await postToSlackApp(
      harness().eventsUrl,
      slashCommandBody({ text: "who chairs the IACG-MA?", command: "/fp", responseUrl: "x" }),
      { secret: SIGNING_SECRET, contentType: FORM },
    );
    expect(res.status).toBe(200);
    expect(visibleText(ackBody(res).body)).toContain("UNMAS");
  });

  it.each(["", "help", "  HELP "])(
    "shows help for %j: how to ask, examples, topics",
    async (text) => {
      const { reply } = await slash(text);
      const shown = visibleText(reply.body);
      expect(shown).toMatch(/who leads what/i);
      expect(shown).toContain("MARA");
      expect(buttonsOf(reply.body).some((b) => b.action_id === "fp_share")).toBe(false);
      expect(reply.body.response_type).toBe("ephemeral");
    },
  );
});

describe("Share in channel", () => {
  it("posts the same answer in the channel, credited to the asker, and removes the private copy", async () => {
    const { reply, user } = await slash("who chairs the IACG-MA?", newUser(), "CSHARE");
    const share = buttonsOf(reply.body).find((b) => b.action_id === "fp_share");
    expect(share).toBeDefined();
    const clicked = await click({
      actionId: "fp_share",
      value: share?.value ?? "",
      user,
      channel: "CSHARE",
    });
    expect(clicked.res.status).toBe(200);
    const post = await waitFor(() => postsTo("CSHARE")[0], "chat.postMessage to CSHARE");
    const text = visibleText(post.body);
    expect(text).toContain(`<@${user}> asked:`);
    expect(text).toContain("UNMAS");
    expect(post.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    const cleanup = await firstResponse(clicked.responseUrl);
    expect(cleanup.body.delete_original).toBe(true);
  });

  it("falls back to the response_url when the bot is not in the channel", async () => {
    const { reply, user } = await slash("who leads the MARA assessment", newUser(), "CNOTIN");
    const share = buttonsOf(reply.body).find((b) => b.action_id === "fp_share");
    harness().fake.failNext("chat.postMessage", "not_in_channel");
    const clicked = await click({
      actionId: "fp_share",
      value: share?.value ?? "",
      user,
      channel: "CNOTIN",
    });
    const calls = await waitFor(() => {
      const r = responsesTo(clicked.responseUrl);
      return r.length >= 2 ? r : undefined;
    }, "in_channel post and cleanup");
    expect(calls[0]?.body.response_type).toBe("in_channel");
    expect(visibleText(calls[0]?.body ?? {})).toContain("DPO");
    expect(calls[1]?.body.delete_original).toBe(true);
  });
});

describe("mentions and DMs", () => {
  it("answers a mention in a new thread under it", async () => {
    const res = await sendEvent({
      type: "app_mention",
      user: newUser(),
      text: "<@UBOT> who chairs the IACG-MA?",
      ts: "1700000001.000100",
      channel: "CMENTION",
    });
    expect(res.status).toBe(200);
    const post = await waitFor(() => postsTo("CMENTION")[0], "answer in CMENTION");
    expect(post.body.thread_ts).toBe("1700000001.000100");
    expect(visibleText(post.body)).toContain("UNMAS");
  });

  it("answers a mention inside a thread in that thread", async () => {
    await sendEvent({
      type: "app_mention",
      user: newUser(),
      text: "<@UBOT> who leads the MARA assessment",
      ts: "1700000002.000200",
      thread_ts: "1700000000.000001",
      channel: "CTHREAD",
    });
    const post = await waitFor(() => postsTo("CTHREAD")[0], "answer in CTHREAD");
    expect(post.body.thread_ts).toBe("1700000000.000001");
    expect(visibleText(post.body)).toContain("DPO");
  });

  it("answers a direct message in the DM", async () => {
    await sendEvent({
      type: "message",
      channel_type: "im",
      user: newUser(),
      text: "who leads MARA?",
      ts: "1700000003.000300",
      channel: "DDM1",
    });
    const post = await waitFor(() => postsTo("DDM1")[0], "answer in DDM1");
    expect(post.body.thread_ts).toBeUndefined();
    expect(visibleText(post.body)).toContain("DPO");
  });

  it("ignores bots, itself, edits, deletions, joins and channel chatter", async () => {
    const ignored: Record<string, unknown>[] = [
      {
        type: "message",
        channel_type: "im",
        bot_id: "B9",
        user: "U0BOT",
        text: "who leads MARA",
        ts: "1.1",
        channel: "DIGN1",
      },
      {
        type: "message",
        channel_type: "im",
        subtype: "bot_message",
        bot_id: "BBOT",
        text: "who leads MARA",
        ts: "1.2",
        channel: "DIGN2",
      },
      {
        type: "message",
        channel_type: "im",
        user: "UBOT",
        text: "who leads MARA",
        ts: "1.3",
        channel: "DIGN3",
      },
      {
        type: "message",
        channel_type: "im",
        subtype: "message_changed",
        message: { text: "who leads MARA" },
        ts: "1.4",
        channel: "DIGN4",
      },
      {
        type: "message",
        channel_type: "im",
        subtype: "message_deleted",
        ts: "1.5",
        channel: "DIGN5",
      },
      {
        type: "message",
        channel_type: "channel",
        subtype: "channel_join",
        user: "U5",
        text: "<@U5> has joined",
        ts: "1.6",
        channel: "CIGN6",
      },
      {
        type: "message",
        channel_type: "channel",
        user: "U6",
        text: "who leads MARA",
        ts: "1.7",
        channel: "CIGN7",
      },
      {
        type: "app_mention",
        bot_id: "B9",
        user: "U0BOT",
        text: "<@UBOT> who leads MARA",
        ts: "1.8",
        channel: "CIGN8",
      },
    ];
    for (const event of ignored) expect((await sendEvent(event)).status).toBe(200);
    // A marker sent after them is answered; by then the ignored ones would have been too.
    await sendEvent({
      type: "message",
      channel_type: "im",
      user: newUser(),
      text: "what is CRSV",
      ts: "1.9",
      channel: "DMARK",
    });
    await waitFor(() => postsTo("DMARK")[0], "marker answer");
    const touched = harness().fake.calls.filter((c) => /IGN/.test(String(c.body.channel ?? "")));
    expect(touched).toEqual([]);
  });
});
