// The real Bolt app in HTTP mode on loopback, buttons and the Home tab: did-you-mean clicks,
// 👍/👎 votes, App Home. Requests are signed exactly as Slack signs them; the
// Web API and response_urls point at a local fake; real loader + engine + knowledge/ folder.
import { describe, expect, it } from "vitest";
import { waitFor } from "../helpers/fake-slack.js";
import { useHttpApp } from "../helpers/http-app.js";
import { buttonsOf, visibleText } from "../helpers/slack-harness.js";

const { harness, client, slash } = useHttpApp();
const { newUser, firstResponse, postsTo, click, sendEvent } = client;

describe("did you mean", () => {
  it("offers suggestions when it cannot answer, and a click answers for that record", async () => {
    const question = "what does WHO do about malaria?";
    const { reply, user } = await slash(question);
    const suggestions = buttonsOf(reply.body).filter((b) => b.action_id.startsWith("fp_suggest_"));
    expect(suggestions.length).toBeGreaterThan(0);
    expect(buttonsOf(reply.body).some((b) => b.action_id === "fp_share")).toBe(false);
    expect(harness().unanswered.some((u) => u.question === question && u.surface === "slash")).toBe(
      true,
    );

    const picked = suggestions[0];
    const { id } = JSON.parse(picked?.value ?? "{}") as { id: string };
    const expected = harness().engine.about(id);
    expect(expected.answered).toBe(true);
    const clicked = await click({
      actionId: picked?.action_id ?? "",
      value: picked?.value ?? "",
      user,
    });
    const answer = await firstResponse(clicked.responseUrl);
    expect(answer.body.replace_original).toBe(true);
    const label = expected.primary?.label.split(" ")[0] ?? "";
    expect(label.length).toBeGreaterThan(1);
    expect(visibleText(answer.body)).toContain(label);
    expect(buttonsOf(answer.body).some((b) => b.action_id === "fp_share")).toBe(true);
  });

  it("answers a click in a thread in that thread", async () => {
    const value = JSON.stringify({ id: "unmas", q: "What does UNMAS do?" });
    const { res } = await click({
      actionId: "fp_suggest_0",
      value,
      channel: "CDYM",
      ephemeral: false,
      messageTs: "1700000006.000600",
      threadTs: "1700000006.000001",
    });
    expect(res.status).toBe(200);
    const post = await waitFor(() => postsTo("CDYM")[0], "answer in CDYM");
    expect(post.body.thread_ts).toBe("1700000006.000001");
    expect(visibleText(post.body)).toMatch(/mine action/i);
  });
});

describe("App Home", () => {
  it("publishes what it knows, example questions and how to ask", async () => {
    const user = newUser();
    await sendEvent({
      type: "app_home_opened",
      user,
      channel: "DHOME",
      tab: "home",
      event_ts: "3.1",
    });
    const call = await waitFor(
      () =>
        harness()
          .fake.callsTo("views.publish")
          .find((c) => c.body.user_id === user),
      "views.publish",
    );
    const view = call.body.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe("home");
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const text = visibleText(call.body);
    for (const known of ["DPO", "UNMAS", "IACG-MA", "MARA", "/focalpoint"])
      expect(text).toContain(known);
  });

  it("publishes nothing for the Messages tab", async () => {
    const user = newUser();
    await sendEvent({
      type: "app_home_opened",
      user,
      channel: "DHOME2",
      tab: "messages",
      event_ts: "3.2",
    });
    await sendEvent({
      type: "message",
      channel_type: "im",
      user: newUser(),
      text: "what is WPS",
      ts: "3.3",
      channel: "DMARK4",
    });
    await waitFor(() => postsTo("DMARK4")[0], "marker answer");
    expect(
      harness()
        .fake.callsTo("views.publish")
        .filter((c) => c.body.user_id === user),
    ).toEqual([]);
  });
});

describe("feedback", () => {
  it("records a vote once per person and message and thanks the voter", async () => {
    const { reply, user } = await slash("who leads the MARA assessment?");
    const up = buttonsOf(reply.body).find((b) => b.action_id === "fp_feedback_up");
    const before = harness().feedback.length;
    const first = await click({
      actionId: "fp_feedback_up",
      value: up?.value ?? "",
      user,
      messageTs: "4.1",
    });
    expect(visibleText((await firstResponse(first.responseUrl)).body)).toMatch(/thanks/i);
    expect(harness().feedback.slice(before)).toEqual([
      expect.objectContaining({
        vote: "up",
        question: "who leads the MARA assessment?",
        recordId: "mara-assessment",
        surface: "slash",
      }),
    ]);
    const again = await click({
      actionId: "fp_feedback_down",
      value: up?.value ?? "",
      user,
      messageTs: "4.1",
    });
    expect(visibleText((await firstResponse(again.responseUrl)).body)).toMatch(/already counted/i);
    expect(harness().feedback.length).toBe(before + 1);
  });
});
