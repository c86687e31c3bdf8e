// HTTP mode at its edges: oversized bodies are refused before they are read or verified, and a
// DM with a file attached is told that files are not read.
import http from "node:http";
import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../../src/slack/app.js";
import { waitFor } from "../helpers/fake-slack.js";
import { useHttpApp } from "../helpers/http-app.js";
import { SIGNING_SECRET, visibleText } from "../helpers/slack-harness.js";
import { FORM, postToSlackApp, slashCommandBody } from "../helpers/slack-requests.js";

const { harness, client } = useHttpApp();
const { newUser, postsTo, sendEvent } = client;

describe("request bodies", () => {
  it("refuses a body over the limit with 413, even unsigned", async () => {
    const big = `text=${"a".repeat(MAX_BODY_BYTES + 10)}`;
    const res = await postToSlackApp(harness().eventsUrl, big, { contentType: FORM });
    expect(res.status).toBe(413);
    const signed = await postToSlackApp(harness().eventsUrl, big, {
      secret: SIGNING_SECRET,
      contentType: FORM,
    });
    expect(signed.status).toBe(413);
  });

  it("answers 413 from the announced length alone, without waiting for the body", async () => {
    const url = new URL(harness().eventsUrl);
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "POST",
          headers: { "content-type": FORM, "content-length": String(50 * 1024 * 1024) },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on("error", reject);
      req.write("text=only-a-few-bytes"); // the other 50 MB never come
    });
    expect(status).toBe(413);
  });

  it("still answers a normal signed command", async () => {
    const res = await postToSlackApp(
      harness().eventsUrl,
      slashCommandBody({ text: "who chairs the IACG-MA?", user: newUser(), responseUrl: "x" }),
      { secret: SIGNING_SECRET, contentType: FORM },
    );
    expect(res.status).toBe(200);
    expect(res.body).toContain("UNMAS");
  });
});

describe("a direct message with a file", () => {
  const file = { id: "F1", name: "org-chart.pdf", mimetype: "application/pdf" };

  it("with no text: replies that files are not read", async () => {
    await sendEvent({
      type: "message",
      subtype: "file_share",
      channel_type: "im",
      user: newUser(),
      text: "",
      files: [file],
      ts: "1700000100.000100",
      channel: "DFILE1",
    });
    const post = await waitFor(() => postsTo("DFILE1")[0], "the reply in DFILE1");
    expect(visibleText(post.body)).toMatch(/can't read attached files/);
  });

  it("with a question: says so, and answers the text", async () => {
    await sendEvent({
      type: "message",
      subtype: "file_share",
      channel_type: "im",
      user: newUser(),
      text: "who chairs the IACG-MA?",
      files: [file],
      ts: "1700000100.000200",
      channel: "DFILE2",
    });
    const posts = await waitFor(() => {
      const p = postsTo("DFILE2");
      return p.length >= 2 ? p : undefined;
    }, "two replies in DFILE2");
    expect(visibleText(posts[0]?.body ?? {})).toMatch(/can't read attached files/);
    expect(visibleText(posts[1]?.body ?? {})).toContain("UNMAS");
  });
});
