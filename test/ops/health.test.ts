import type { AddressInfo } from "node:net";
import { App, LogLevel } from "@slack/bolt";
import { afterEach, describe, expect, it } from "vitest";
import { healthReport, healthRoute, startHealthServer } from "../../src/ops/health.js";
import type { KnowledgeStatus } from "../../src/ops/knowledge-holder.js";

const counts = {
  entities: 3,
  activities: 2,
  memberships: 1,
  resources: 0,
  terms: 4,
  examples: 0,
  sources: 1,
};

const good: KnowledgeStatus = {
  version: "abc123def456",
  loadedAt: new Date("2025-01-02T03:04:05.000Z"),
  files: 4,
  counts,
  reloads: 2,
  failedReloads: 0,
  watching: true,
};

const failing: KnowledgeStatus = {
  ...good,
  failedReloads: 1,
  lastError: {
    at: new Date("2025-01-02T04:00:00.000Z"),
    problems: ["knowledge/entities.yml:3:9: ids are lowercase words joined by '-'"],
    total: 1,
  },
};

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

describe("healthReport", () => {
  it("says 'starting' until start-up has reached Slack, whatever the knowledge status", () => {
    expect(healthReport(good, { starting: true }).status).toBe("starting");
    expect(healthReport(failing, { starting: true }).status).toBe("starting");
    expect(healthReport(good, { starting: false }).status).toBe("ok");
  });

  it("reports the serving knowledge: version, load time, counts, no error", () => {
    const r = healthReport(good, { extra: { mode: "socket" } });
    expect(r).toMatchObject({
      status: "ok",
      mode: "socket",
      version: "abc123def456",
      loadedAt: "2025-01-02T03:04:05.000Z",
      files: 4,
      counts,
      reloads: 2,
      failedReloads: 0,
      watching: true,
      lastReloadError: null,
    });
    expect(r.uptimeSeconds).toBeGreaterThanOrEqual(0);
  });

  it("shows the last reload error while the files on disk do not load", () => {
    const r = healthReport(failing);
    expect(r.status).toBe("degraded");
    expect(r.version).toBe("abc123def456");
    expect(r.lastReloadError).toEqual({
      at: "2025-01-02T04:00:00.000Z",
      problems: ["knowledge/entities.yml:3:9: ids are lowercase words joined by '-'"],
      total: 1,
    });
  });

  it("reports the store, degraded with the reason and the dropped count", () => {
    const store = {
      status: "degraded" as const,
      reason: "database is locked (/srv/fp/data/focalpoint.db)",
      queued: 3,
      dropped: 7,
      failures: 0,
    };
    const inside = healthReport(good, { store });
    expect(inside.status).toBe("degraded");
    expect(inside.store).toEqual(store);
    const outside = healthReport(good, { store, public: true });
    expect(outside.store).toEqual({ ...store, reason: "database is locked (…/focalpoint.db)" });
  });

  it("on the public port shows no absolute paths", () => {
    const abs: KnowledgeStatus = {
      ...failing,
      lastError: {
        at: new Date(0),
        problems: [
          "/srv/fp/knowledge/entities.yml:3:9: bad id",
          "/srv/fp/knowledge:1:1: knowledge folder '/srv/fp/knowledge' is too big",
        ],
        total: 2,
      },
    };
    const text = JSON.stringify(healthReport(abs, { public: true }));
    expect(text).not.toContain("/srv");
    expect(healthReport(abs, { public: true }).lastReloadError?.problems).toEqual([
      "…/entities.yml:3:9: bad id",
      "…/knowledge:1:1: knowledge folder '…/knowledge' is too big",
    ]);
    expect(healthReport(abs).lastReloadError?.problems[0]).toContain("/srv/fp/knowledge/");
  });

  it("extra fields cannot overwrite the knowledge facts", () => {
    const r = healthReport(good, { extra: { version: "spoofed", status: "bad" } });
    expect(r.version).toBe("abc123def456");
    expect(r.status).toBe("ok");
  });
});

describe("startHealthServer", () => {
  it("serves GET /healthz as JSON, 404 elsewhere, 405 for other methods", async () => {
    let status = good;
    const server = await startHealthServer(0, () => healthReport(status), "127.0.0.1");
    closers.push(server.close);
    const base = `http://127.0.0.1:${server.port}`;

    const ok = await fetch(`${base}/healthz`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await ok.json()).toMatchObject({ status: "ok", version: "abc123def456", counts });

    status = failing; // the report is computed per request
    const degraded = await fetch(`${base}/healthz?verbose=1`);
    expect(degraded.status).toBe(200);
    const body = (await degraded.json()) as { lastReloadError: { problems: string[] } };
    expect(body.lastReloadError.problems).toHaveLength(1);

    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/healthz/extra`)).status).toBe(404);
    const post = await fetch(`${base}/healthz`, { method: "POST", body: "{}" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });

  it("answers 500 with a reason if the report itself fails", async () => {
    const server = await startHealthServer(
      0,
      () => {
        throw new Error("no status yet");
      },
      "127.0.0.1",
    );
    closers.push(server.close);
    const res = await fetch(`http://127.0.0.1:${server.port}/healthz`);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ status: "error", error: "no status yet" });
  });

  it("close() frees the port even with a keep-alive connection open", async () => {
    const server = await startHealthServer(0, () => healthReport(good), "127.0.0.1");
    await fetch(`http://127.0.0.1:${server.port}/healthz`, { keepalive: true });
    await server.close();
    await expect(fetch(`http://127.0.0.1:${server.port}/healthz`)).rejects.toThrow();
  });

  it("rejects when the port is taken", async () => {
    const first = await startHealthServer(0, () => healthReport(good), "127.0.0.1");
    closers.push(first.close);
    await expect(
      startHealthServer(first.port, () => healthReport(good), "127.0.0.1"),
    ).rejects.toThrow(/EADDRINUSE/);
  });
});

describe("healthRoute in a real Bolt app (HTTP mode)", () => {
  it("is served next to the Slack events endpoint", async () => {
    const app = new App({
      token: "xoxb-test",
      signingSecret: "test-secret",
      tokenVerificationEnabled: false,
      logLevel: LogLevel.ERROR,
      customRoutes: [healthRoute(() => healthReport(failing, { extra: { mode: "http" } }))],
    });
    const server = (await app.start(0)) as unknown as { address(): AddressInfo };
    closers.push(() => app.stop() as Promise<void>);
    const port = server.address().port;
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: "degraded",
      mode: "http",
      version: "abc123def456",
      lastReloadError: { total: 1 },
    });
    // Slack's own endpoint still refuses unsigned requests.
    const events = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: "POST",
      body: "{}",
    });
    expect(events.status).toBe(401);
  });
});

describe("health server while starting", () => {
  it("answers 503 with status 'starting', then 200 once started", async () => {
    let starting = true;
    const server = await startHealthServer(0, () => healthReport(good, { starting }), "127.0.0.1");
    closers.push(server.close);
    const url = `http://127.0.0.1:${server.port}/healthz`;
    const before = await fetch(url);
    expect(before.status).toBe(503);
    expect(await before.json()).toMatchObject({ status: "starting" });
    starting = false;
    const after = await fetch(url);
    expect(after.status).toBe(200);
    expect(await after.json()).toMatchObject({ status: "ok" });
  });
});
