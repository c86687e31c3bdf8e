// Share in channel, the ways it used to go wrong: a click delivered twice, a long message whose
// question is at the end (the old button carried the question cut to 2,000 characters), and an
// asker's formatting or bidi characters echoed into the public credit line.
import { describe, expect, it } from "vitest";
import { waitFor } from "../helpers/fake-slack.js";
import { useHttpApp } from "../helpers/http-app.js";
import { buttonsOf, visibleText } from "../helpers/slack-harness.js";

const { harness, client, slash } = useHttpApp();
const { newUser, postsTo, click, responsesTo } = client;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function shareButton(question: string, channel: string) {
  const { reply, user } = await slash(question, newUser(), channel);
  const share = buttonsOf(reply.body).find((b) => b.action_id === "fp_share");
  if (!share?.value) throw new Error(`no Share button for ${question.slice(0, 40)}`);
  return { reply, user, value: share.value };
}

describe("Share in channel", () => {
  it("posts once when the same click arrives twice at once and again 300 ms later", async () => {
    const { user, value } = await shareButton("who chairs the IACG-MA?", "CTWICE");
    const clickOnce = () => click({ actionId: "fp_share", value, user, channel: "CTWICE" });
    const [a, b] = await Promise.all([clickOnce(), clickOnce()]);
    expect(a.res.status).toBe(200);
    expect(b.res.status).toBe(200);
    await waitFor(() => postsTo("CTWICE")[0], "the shared answer");
    await sleep(300);
    await clickOnce();
    await sleep(300);
    expect(postsTo("CTWICE")).toHaveLength(1);
  });

  it("the button holds a short id, not the question; a long message shares the same answer", async () => {
    // 1,500 newlines: JSON doubles each, so the old 2,000-character copy held no question at all.
    const question = `${"\n".repeat(1500)}who chairs the IACG-MA?`;
    const { reply, user, value } = await shareButton(question, "CLONG");
    expect(value.length).toBeLessThan(60);
    expect(value).not.toContain("IACG");
    const privately = visibleText(reply.body);
    expect(privately).toContain("UNMAS");
    await click({ actionId: "fp_share", value, user, channel: "CLONG" });
    const post = await waitFor(() => postsTo("CLONG")[0], "the shared answer");
    const shared = visibleText(post.body);
    expect(shared).toContain("UNMAS");
    // Same answer: the private card's headline is in the public post.
    const headline = (reply.body.blocks as { text?: { text: string } }[])[0]?.text?.text ?? "";
    expect(headline.length).toBeGreaterThan(0);
    expect(shared).toContain(headline);
    expect(shared).toMatch(/asked: “who chairs the IACG-MA\?”/);
  });

  it("neutralises mrkdwn formatting, control and bidi-override characters in the credit line", async () => {
    const question = "*who* chairs ~the~ `IACG-MA`? :tada: \u202E\u2066\u0007\u200F";
    const { user, value } = await shareButton(question, "CFORMAT");
    await click({ actionId: "fp_share", value, user, channel: "CFORMAT" });
    const post = await waitFor(() => postsTo("CFORMAT")[0], "the shared answer");
    const blocks = post.body.blocks as { type: string; elements?: { text: string }[] }[];
    const creditLine = blocks[0]?.elements?.[0]?.text ?? "";
    expect(creditLine).toMatch(new RegExp(`^<@${user}> asked: “`));
    const quoted = creditLine.slice(creditLine.indexOf("“"));
    expect(quoted).not.toMatch(/[*_~`:]/);
    expect(quoted).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\p{Cc}]/u);
    expect(quoted).toContain("who");
    expect(quoted).toContain("IACG-MA");
    expect(String(post.body.text)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it.each([
    ["an unknown id", JSON.stringify({ k: "AAAAAAAAAAAA" })],
    ["a button from the previous version", JSON.stringify({ q: "who chairs the IACG-MA?" })],
  ])("%s gets a private notice, and posts nothing", async (_what, value) => {
    const user = newUser();
    const clicked = await click({ actionId: "fp_share", value, user, channel: "CGONE" });
    const notice = await waitFor(() => responsesTo(clicked.responseUrl)[0], "the notice");
    expect(notice.body.response_type).toBe("ephemeral");
    expect(visibleText(notice.body)).toMatch(/can no longer be shared/);
    expect(postsTo("CGONE")).toEqual([]);
    expect(harness().logs.join("\n")).not.toMatch(/share button failed/);
  });
});
