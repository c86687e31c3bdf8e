// The real Bolt app in Socket Mode: apps.connections.open goes to the fake Web API (through
// SLACK_API_URL), which hands out a local WebSocket; the fake sends `hello` and then envelopes
// exactly as Slack does, and reads the acks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "../helpers/fake-slack.js";
import {
  APP_TOKEN,
  BOT_TOKEN,
  buttonsOf,
  type Harness,
  startHarness,
  visibleText,
} from "../helpers/slack-harness.js";
import {
  blockActionsPayload,
  eventCallback,
  slashCommandPayload,
} from "../helpers/slack-requests.js";

let h: Harness;
let envelopes = 0;
const envelopeId = () => `env-${++envelopes}-${Date.now()}`;

beforeAll(async () => {
  h = await startHarness({ mode: "socket" });
});

afterAll(async () => {
  await h?.close();
});

const postsTo = (channel: string) =>
  h.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === channel);

describe("Socket Mode", () => {
  it("opens the connection through SLACK_API_URL with the app-level token", () => {
    const open = h.fake.callsTo("apps.connections.open");
    expect(open).toHaveLength(1);
    expect(open[0]?.headers.authorization).toBe(`Bearer ${APP_TOKEN}`);
    const auth = h.fake.callsTo("auth.test");
    expect(auth[0]?.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(h.fake.socket()).toBeDefined();
  });

  it("answers a slash command in the envelope's ack payload", async () => {
    const responseUrl = h.fake.responseUrl();
    const id = envelopeId();
    const ack = await h.fake.sendEnvelope({
      envelope_id: id,
      type: "slash_commands",
      accepts_response_payload: true,
      payload: slashCommandPayload({ text: "who leads the MARA assessment?", responseUrl }),
    });
    expect(ack.envelope_id).toBe(id);
    const reply = { body: ack.payload as Record<string, unknown> };
    expect(reply.body.response_type).toBe("ephemeral");
    expect(visibleText(reply.body)).toContain("DPO");
    expect(buttonsOf(reply.body).map((b) => b.action_id)).toContain("fp_share");
    expect(h.fake.calls.filter((c) => c.path === new URL(responseUrl).pathname)).toEqual([]);
  });

  it("answers a mention event in its thread, once across retries", async () => {
    const payload = eventCallback(
      {
        type: "app_mention",
        user: "U1SOCK",
        text: "<@UBOT> who chairs the IACG-MA?",
        ts: "1700000100.000100",
        channel: "CSOCK",
      },
      "EvSOCK1",
    );
    await h.fake.sendEnvelope({ envelope_id: envelopeId(), type: "events_api", payload });
    await h.fake.sendEnvelope({
      envelope_id: envelopeId(),
      type: "events_api",
      payload,
      retry_attempt: 1,
      retry_reason: "timeout",
    });
    const post = await waitFor(() => postsTo("CSOCK")[0], "answer in CSOCK");
    expect(post.body.thread_ts).toBe("1700000100.000100");
    expect(visibleText(post.body)).toContain("UNMAS");
    // A DM sent after the retry is answered; by then a second answer would have been posted.
    const dm = eventCallback({
      type: "message",
      channel_type: "im",
      user: "U2SOCK",
      text: "who leads MARA",
      ts: "1700000101.000100",
      channel: "DSOCK",
    });
    await h.fake.sendEnvelope({ envelope_id: envelopeId(), type: "events_api", payload: dm });
    expect(visibleText((await waitFor(() => postsTo("DSOCK")[0], "DM answer")).body)).toContain(
      "DPO",
    );
    expect(postsTo("CSOCK")).toHaveLength(1);
  });

  it("acks an interactive envelope and records the vote", async () => {
    const responseUrl = h.fake.responseUrl();
    const value = JSON.stringify({ q: "who chairs the IACG-MA?", r: "iacg-ma", s: "mention" });
    const ack = await h.fake.sendEnvelope({
      envelope_id: envelopeId(),
      type: "interactive",
      accepts_response_payload: false,
      payload: blockActionsPayload({
        actionId: "fp_feedback_down",
        value,
        user: "U3SOCK",
        responseUrl,
        ephemeral: false,
        channel: "CSOCK",
      }),
    });
    expect(ack.envelope_id).toBeDefined();
    await waitFor(() => h.feedback.length > 0, "feedback");
    expect(h.feedback[0]).toMatchObject({ vote: "down", recordId: "iacg-ma", surface: "mention" });
    const path = new URL(responseUrl).pathname;
    const thanks = await waitFor(() => h.fake.calls.find((c) => c.path === path), "thanks");
    expect(visibleText(thanks.body)).toMatch(/thanks/i);
  });

  it("ignores WebSocket frames that are not JSON and keeps serving", async () => {
    h.fake.socket()?.send("this is not json");
    const ack = await h.fake.sendEnvelope({
      envelope_id: envelopeId(),
      type: "slash_commands",
      accepts_response_payload: true,
      payload: slashCommandPayload({ text: "help", responseUrl: h.fake.responseUrl() }),
    });
    expect(visibleText(ack.payload as Record<string, unknown>)).toMatch(/who leads what/i);
  });
});
