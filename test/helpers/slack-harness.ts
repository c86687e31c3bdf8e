// Starts the real Focal Point Slack app (real Bolt, real loader, real engine, the knowledge/
// folder) against the fake Slack on loopback, and records what reached insights and the logs.
import type { Answer, Engine } from "../../src/answer/types.js";
import { loadConfig } from "../../src/config.js";
import { createSlackApp, type SlackApp, type SlackAppOptions } from "../../src/slack/app.js";
import type { AppDeps, Insights, Surface } from "../../src/slack/deps.js";
import { createLogger } from "../../src/slack/logger.js";
import { type FakeSlack, startFakeSlack } from "./fake-slack.js";
import { KNOWLEDGE_DIR, loadRealEngine } from "./real-engine.js";

export const BOT_TOKEN = "xoxb-1111-2222-secretbottoken";
export const APP_TOKEN = "xapp-1-A1-3333-secretapptoken";
export const SIGNING_SECRET = "8f742231b10e8888abcd99yez56789d0";
export { KNOWLEDGE_DIR, loadRealEngine };

type Recorded<T extends keyof Insights> = Parameters<Insights[T]>[0];

export interface Harness {
  fake: FakeSlack;
  slack: SlackApp;
  engine: Engine;
  /** http://127.0.0.1:PORT/slack/events (HTTP mode). */
  eventsUrl: string;
  port?: number;
  unanswered: Recorded<"unanswered">[];
  feedback: Recorded<"feedback">[];
  answers: { answer: Answer; surface: Surface }[];
  logs: string[];
  /** When set, deps.engine() throws: a handler failure in the middle of a request. */
  breakEngine: { on: boolean };
  close(): Promise<void>;
}

export interface HarnessOptions {
  mode: "http" | "socket";
  /** Questions per user per minute (real limiter from the ops module when set). */
  limiter?: AppDeps["limiter"];
  env?: Record<string, string>;
  customRoutes?: SlackAppOptions["customRoutes"];
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const fake = await startFakeSlack();
  const engine = await loadRealEngine();
  const env: Record<string, string> = {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: fake.apiUrl,
    PORT: "0",
    LOG_LEVEL: "debug",
    KNOWLEDGE_DIR,
    ...(options.mode === "socket"
      ? { SLACK_APP_TOKEN: APP_TOKEN }
      : { SLACK_SIGNING_SECRET: SIGNING_SECRET }),
    ...options.env,
  };
  const config = loadConfig(env);
  const logs: string[] = [];
  const logger = createLogger({
    level: config.logLevel,
    secrets: [config.botToken, config.appToken, config.signingSecret],
    sink: (_level, line) => logs.push(line),
  });
  const unanswered: Harness["unanswered"] = [];
  const feedback: Harness["feedback"] = [];
  const answers: Harness["answers"] = [];
  const breakEngine = { on: false };
  const deps: AppDeps = {
    engine: () => {
      if (breakEngine.on) throw new Error("engine exploded (test)");
      return engine;
    },
    insights: {
      unanswered: (e) => unanswered.push(e),
      feedback: (e) => feedback.push(e),
    },
    limiter: options.limiter,
    onAnswer: (answer, surface) => answers.push({ answer, surface }),
  };
  const slack = createSlackApp(config, deps, { logger, customRoutes: options.customRoutes });
  const started = await slack.start();
  return {
    fake,
    slack,
    engine,
    eventsUrl: `http://127.0.0.1:${started.port}/slack/events`,
    port: started.port,
    unanswered,
    feedback,
    answers,
    logs,
    breakEngine,
    async close() {
      await slack.stop();
      await fake.close();
    },
  };
}

/** All the mrkdwn/plain text of a message body (text + blocks), for assertions on what users see. */
export function visibleText(body: Record<string, unknown>): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const n of node) walk(n);
    else if (node && typeof node === "object") {
      const o = node as Record<string, unknown>;
      if (typeof o.text === "string") parts.push(o.text);
      for (const [k, v] of Object.entries(o)) if (k !== "text" || typeof v !== "string") walk(v);
    }
  };
  if (typeof body.text === "string") parts.push(body.text);
  walk(body.blocks);
  if (body.view) walk((body.view as { blocks?: unknown }).blocks);
  return parts.join("\n");
}

/** Action elements (buttons) in a message body. */
export function buttonsOf(body: Record<string, unknown>) {
  const blocks = (body.blocks ?? []) as { type: string; elements?: Record<string, unknown>[] }[];
  return blocks.filter((b) => b.type === "actions").flatMap((b) => b.elements ?? []) as {
    action_id: string;
    value: string;
    text: { text: string };
  }[];
}
