// Assembles the running bot from a validated Config: knowledge (hot-reloaded, answers cached per
// version), the insights database, the per-user rate limit, the Slack app and the health
// endpoint. main.ts adds the process concerns (.env, exit codes, signals); tests start the same
// assembly in-process.
import path from "node:path";
import type { Logger } from "@slack/bolt";
import { createEngineAsync } from "./answer/engine.js";
import type { Config } from "./config.js";
import { withAnswerCache } from "./ops/answer-cache.js";
import { type HealthServer, healthReport, healthRoute, startHealthServer } from "./ops/health.js";
import { createInFlight, type InFlight } from "./ops/in-flight.js";
import { createKnowledgeHolder, type KnowledgeHolder } from "./ops/knowledge-holder.js";
import { KNOWLEDGE_CACHE_FILE, loadKnowledgeInWorker } from "./ops/load-in-worker.js";
import { createRateLimiter } from "./ops/rate-limit.js";
import type { ShutdownStep } from "./ops/shutdown.js";
import { createSlackApp, type SlackApp } from "./slack/app.js";
import { createLogger } from "./slack/logger.js";
import { type InsightsStore, openInsights } from "./store/insights-store.js";

/** Longest wait for answers in flight at shutdown. */
export const DRAIN_MS = 5_000;

export interface RuntimeOptions {
  /** Defaults to a redacting console logger at config.logLevel. */
  logger?: Logger;
}

export interface Running {
  logger: Logger;
  slack: SlackApp;
  holder: KnowledgeHolder;
  insights: InsightsStore;
  inFlight: InFlight;
  /** HTTP mode: the port /slack/events and /healthz are served on. */
  port?: number;
  /** The standalone health server's port, when HEALTH_PORT asked for one. */
  healthPort?: number;
  /** Shutdown, in installShutdown's phases: stop taking work, then (after draining) release. */
  steps: { stop: ShutdownStep[]; close: ShutdownStep[] };
  /** Runs every step in order, draining work in between (tests; main.ts uses installShutdown). */
  stop(): Promise<void>;
}

/** Health endpoints: /healthz next to /slack/events in HTTP mode; HEALTH_PORT adds a server. */
function wantsHealthServer(config: Config): boolean {
  if (config.healthPort === undefined) return false;
  return config.mode === "socket" || config.healthPort !== config.port || config.port === 0;
}

/**
 * Starts Focal Point. Throws KnowledgeLoadError when the knowledge does not load at all, and
 * whatever Slack start-up throws (a revoked token, a port in use); nothing is left running then.
 */
export async function startFocalPoint(
  config: Config,
  options: RuntimeOptions = {},
): Promise<Running> {
  const logger =
    options.logger ??
    createLogger({
      level: config.logLevel,
      secrets: [config.botToken, config.appToken, config.signingSecret],
    });
  const loadOptions = {
    cacheFile: path.join(config.dataDir, KNOWLEDGE_CACHE_FILE),
    maxBytes: config.knowledgeMaxBytes,
  };
  const holder = await createKnowledgeHolder({
    dir: config.knowledgeDir,
    // Reading, parsing and checking run on a worker thread: a big save never stalls answers.
    load: (dir) => loadKnowledgeInWorker(dir, loadOptions, logger),
    build: async (model) => withAnswerCache(await createEngineAsync(model)),
    logger,
  });
  const { store: insights } = openInsights(config.dataDir, logger, { batch: true });
  const inFlight = createInFlight();
  // Until Slack start-up has finished, health says "starting" (503).
  let started = false;
  // The public port (HTTP mode's PORT) shows no absolute paths; HEALTH_PORT, usually internal,
  // shows everything.
  const report = (isPublic: boolean) => () =>
    healthReport(holder.status(), {
      extra: { mode: config.mode },
      store: insights.status(),
      public: isPublic,
      starting: !started,
    });
  const slack = createSlackApp(
    config,
    {
      engine: holder.engine,
      insights,
      inFlight,
      limiter: createRateLimiter({ limit: config.rateLimitPerMinute }),
    },
    { logger, customRoutes: config.mode === "http" ? [healthRoute(report(true))] : [] },
  );

  let health: HealthServer | undefined;
  const steps = {
    stop: [
      { name: "slack", run: () => slack.stop() },
      { name: "health", run: () => health?.close() },
      { name: "watcher", run: () => holder.close() },
    ],
    close: [{ name: "database", run: () => insights.close() }],
  };
  const stop = async () => {
    for (const step of steps.stop) await step.run();
    await inFlight.drain(DRAIN_MS);
    for (const step of steps.close) await step.run();
  };

  try {
    if (wantsHealthServer(config)) {
      health = await startHealthServer(config.healthPort as number, report(false));
      logger.info(`Health endpoint: http://0.0.0.0:${health.port}/healthz`);
    }
    if (config.watchKnowledge) holder.watch();
    const slackStarted = await slack.start();
    started = true;
    return {
      logger,
      slack,
      holder,
      insights,
      inFlight,
      port: slackStarted.port,
      healthPort: health?.port,
      steps,
      stop,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
