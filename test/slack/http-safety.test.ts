// The real Bolt app in HTTP mode on loopback, its manners and safety: retries answered once,
// mentions never echoed live, rate limits, failures, signature checks, malformed bodies, logs.
import { describe, expect, it } from "vitest";
import { waitFor } from "../helpers/fake-slack.js";
import { useHttpApp } from "../helpers/http-app.js";
import { BOT_TOKEN, buttonsOf, SIGNING_SECRET, visibleText } from "../helpers/slack-harness.js";
import { FORM, postToSlackApp, slashCommandBody } from "../helpers/slack-requests.js";

const { harness, client, slash } = useHttpApp();
const { newUser, firstResponse, postsTo, click, sendEvent } = client;

describe("retries", () => {
  it("answers an event once, whatever the retry headers say", async () => {
    const event = {
      type: "app_mention",
      user: newUser(),
      text: "<@UBOT> who chairs the IACG-MA",
      ts: "1700000004.000400",
      channel: "CRETRY",
    };
    expect((await sendEvent(event, "EvRETRY1")).status).toBe(200);
    expect(
      (
        await sendEvent(event, "EvRETRY1", {
          "x-slack-retry-num": "1",
          "x-slack-retry-reason": "http_timeout",
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await sendEvent(event, "EvRETRY1", {
          "x-slack-retry-num": "2",
          "x-slack-retry-reason": "http_error",
        })
      ).status,
    ).toBe(200);
    await waitFor(() => postsTo("CRETRY")[0], "first answer");
    await sendEvent({
      type: "message",
      channel_type: "im",
      user: newUser(),
      text: "what is SEA",
      ts: "2.1",
      channel: "DMARK2",
    });
    await waitFor(() => postsTo("DMARK2")[0], "marker answer");
    expect(postsTo("CRETRY")).toHaveLength(1);
  });

  it("handles a retried event_id once even for events without a message (App Home)", async () => {
    const user = newUser();
    const event = {
      type: "app_home_opened",
      user,
      channel: "DHOMER",
      tab: "home",
      event_ts: "2.5",
    };
    await sendEvent(event, "EvHOMERETRY");
    await sendEvent(event, "EvHOMERETRY", {
      "x-slack-retry-num": "1",
      "x-slack-retry-reason": "timeout",
    });
    await waitFor(
      () =>
        harness()
          .fake.callsTo("views.publish")
          .find((c) => c.body.user_id === user),
      "publish",
    );
    await sendEvent({
      type: "message",
      channel_type: "im",
      user: newUser(),
      text: "what is HQ",
      ts: "2.6",
      channel: "DMARK5",
    });
    await waitFor(() => postsTo("DMARK5")[0], "marker answer");
    expect(
      harness()
        .fake.callsTo("views.publish")
        .filter((c) => c.body.user_id === user),
    ).toHaveLength(1);
  });

  it("answers one message once even when it arrives as two events", async () => {
    const base = {
      user: newUser(),
      text: "<@UBOT> who leads MARA",
      ts: "1700000005.000500",
      channel: "DBOTH",
    };
    await sendEvent({ ...base, type: "app_mention" }, "EvBOTH1");
    await sendEvent({ ...base, type: "message", channel_type: "im" }, "EvBOTH2");
    await waitFor(() => postsTo("DBOTH")[0], "answer");
    await sendEvent({
      type: "message",
      channel_type: "im",
      user: newUser(),
      text: "what is PoC",
      ts: "2.2",
      channel: "DMARK3",
    });
    await waitFor(() => postsTo("DMARK3")[0], "marker answer");
    expect(postsTo("DBOTH")).toHaveLength(1);
  });
});

describe("manners and safety", () => {
  it("never lets a question ping anyone when echoed back", async () => {
    const question = "<!channel> <!here> <@U0VICTIM> who leads the MARA assessment?";
    const { reply, user } = await slash(question, newUser(), "CPING");
    const share = buttonsOf(reply.body).find((b) => b.action_id === "fp_share");
    await click({ actionId: "fp_share", value: share?.value ?? "", user, channel: "CPING" });
    const post = await waitFor(() => postsTo("CPING")[0], "shared answer");
    const text = visibleText(post.body);
    expect(text).toContain("&lt;!channel&gt;");
    expect(text).not.toMatch(/<!channel>|<!here>|<@U0VICTIM>/);
    expect(text.match(/<@/g)).toHaveLength(2); // the credit line, in text and in blocks
  });

  it("tells a user who asks too fast to wait", async () => {
    const user = newUser();
    const replies: { body: Record<string, unknown> }[] = [];
    for (let i = 0; i < 5; i++) replies.push((await slash("who leads MARA", user)).reply);
    expect(visibleText(replies[3]?.body ?? {})).toContain("DPO");
    expect(visibleText(replies[4]?.body ?? {})).toMatch(/wait a moment/i);
  });

  it("says sorry when a handler fails, logs it, and keeps serving", async () => {
    harness().breakEngine.on = true;
    try {
      // The command is still acked, and the ack carries the apology.
      const { res, reply } = await slash("who leads MARA");
      expect(res.status).toBe(200);
      expect(reply.body.response_type).toBe("ephemeral");
      expect(visibleText(reply.body)).toContain("Sorry, something went wrong");
      await sendEvent({
        type: "app_mention",
        user: newUser(),
        text: "<@UBOT> who leads MARA",
        ts: "5.1",
        channel: "CFAIL",
      });
      const apology = await waitFor(
        () =>
          harness()
            .fake.callsTo("chat.postEphemeral")
            .find((c) => c.body.channel === "CFAIL"),
        "apology",
      );
      expect(visibleText(apology.body)).toContain("Sorry, something went wrong");
    } finally {
      harness().breakEngine.on = false;
    }
    expect(
      harness().logs.some(
        (l) =>
          l.includes("[ERROR]") &&
          l.includes("slash command failed") &&
          l.includes("engine exploded"),
      ),
    ).toBe(true);
    const { reply } = await slash("who chairs the IACG-MA");
    expect(visibleText(reply.body)).toContain("UNMAS");
  });

  it("says sorry for a button whose value is not one it made", async () => {
    const { responseUrl } = await click({ actionId: "fp_feedback_up", value: "not json" });
    expect(visibleText((await firstResponse(responseUrl)).body)).toContain(
      "Sorry, something went wrong",
    );
  });
});

describe("request verification", () => {
  const body = () =>
    slashCommandBody({
      text: "who leads MARA",
      user: newUser(),
      responseUrl: harness().fake.responseUrl(),
    });
  const answersBefore = () => harness().answers.length;

  it.each([
    ["a bad signature", { signature: `v0=${"0".repeat(64)}` }],
    ["a signature made with another secret", { secret: "not-the-signing-secret" }],
    [
      "a stale timestamp",
      { secret: SIGNING_SECRET, timestamp: Math.floor(Date.now() / 1000) - 600 },
    ],
    ["no signature headers", {}],
  ])("refuses %s with 401 and runs no handler", async (_name, options) => {
    const before = answersBefore();
    const calls = harness().fake.calls.length;
    const res = await postToSlackApp(harness().eventsUrl, body(), {
      contentType: FORM,
      ...options,
    });
    expect(res.status).toBe(401);
    // A later, correctly signed command is answered; the refused one never was.
    expect(visibleText((await slash("what is SEA")).reply.body)).not.toBe("");
    expect(harness().answers.length).toBe(before + 1);
    expect(harness().fake.calls.length).toBe(calls);
  });

  it("refuses a body that was changed after signing", async () => {
    const ts = Math.floor(Date.now() / 1000);
    const { sign } = await import("../helpers/slack-requests.js");
    const original = body();
    const res = await postToSlackApp(harness().eventsUrl, original.replace("MARA", "UNMAS"), {
      contentType: FORM,
      signature: sign(SIGNING_SECRET, ts, original),
      timestamp: ts,
    });
    expect(res.status).toBe(401);
  });

  it("rejects malformed bodies with 400 and stays up", async () => {
    const notJson = await postToSlackApp(harness().eventsUrl, "{not json", {
      secret: SIGNING_SECRET,
    });
    expect(notJson.status).toBe(400);
    const badPayload = await postToSlackApp(harness().eventsUrl, "payload=%7Bbroken", {
      secret: SIGNING_SECRET,
      contentType: FORM,
    });
    expect(badPayload.status).toBe(400);
    const { reply } = await slash("who chairs the IACG-MA");
    expect(visibleText(reply.body)).toContain("UNMAS");
  });

  it("answers Slack's URL verification challenge", async () => {
    const res = await postToSlackApp(
      harness().eventsUrl,
      JSON.stringify({ type: "url_verification", challenge: "abc123", token: "t" }),
      { secret: SIGNING_SECRET },
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ challenge: "abc123" });
  });

  it("serves extra routes (health) on the same port", async () => {
    const res = await fetch(`http://127.0.0.1:${harness().port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });
});

describe("logs", () => {
  it("never contain the tokens or the signing secret, even at debug level", () => {
    const all = harness().logs.join("\n");
    expect(all.length).toBeGreaterThan(1000);
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
    expect(all).not.toMatch(/xoxb-[A-Za-z0-9]/);
  });
});
