// The HTTP-mode app every HTTP test file starts the same way: the real Bolt app on loopback with
// a per-user limit of 4 questions and a /healthz custom route, started before the file's tests
// and closed after them.
import { afterAll, beforeAll } from "vitest";
import { createRateLimiter } from "../../src/ops/rate-limit.js";
import { httpClient } from "./http-client.js";
import { type Harness, startHarness } from "./slack-harness.js";

export function useHttpApp() {
  let h: Harness | undefined;
  const harness = (): Harness => {
    if (!h) throw new Error("the HTTP app has not started yet");
    return h;
  };
  beforeAll(async () => {
    h = await startHarness({
      mode: "http",
      limiter: createRateLimiter({ limit: 4 }),
      customRoutes: [
        {
          path: "/healthz",
          method: ["GET"],
          handler: (_req, res) => {
            res.writeHead(200, { "content-type": "application/json" });
            res.end(JSON.stringify({ status: "ok" }));
          },
        },
      ],
    });
  });
  afterAll(async () => {
    await h?.close();
  });
  const client = httpClient(harness);
  const slash = (text: string, user = client.newUser(), channel = "C1") =>
    client.slash(text, user, channel);
  return { harness, client, slash };
}
