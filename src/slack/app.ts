// Builds the Bolt app from a validated Config: Socket Mode when an app-level token is set (no
// public URL needed), otherwise HTTP on PORT at /slack/events, verified with the signing secret.
// SLACK_API_URL points every Web API call at another base URL — including Socket Mode's
// apps.connections.open, which the SocketModeClient makes with its own WebClient built from
// installerOptions.clientOptions (App's clientOptions never reach it).
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  App,
  type CustomRoute,
  HTTPReceiver,
  type Logger,
  type LogLevel,
  SocketModeReceiver,
} from "@slack/bolt";
import type { Config } from "../config.js";
import type { ListenerContext } from "./answering.js";
import { refuseLargeBodies } from "./body-limit.js";
import { createDedupe } from "./dedupe.js";
import type { AppDeps } from "./deps.js";
import { createLogger } from "./logger.js";
import { registerListeners } from "./register.js";
import { createShareStore } from "./share-store.js";
import { checkToken, platformError, tokenRejected } from "./token-check.js";

const SLACK_API = "https://slack.com/api/";

export interface SlackAppOptions {
  /**
   * Extra HTTP routes (GET /healthz…): on PORT in HTTP mode; in Socket Mode on HEALTH_PORT (or
   * PORT). Without routes, Socket Mode listens on no port.
   */
  customRoutes?: CustomRoute[];
  /** Defaults to a redacting console logger at config.logLevel. */
  logger?: Logger;
}

export interface StartedSlackApp {
  mode: Config["mode"];
  /** The port actually listened on (HTTP mode; resolves PORT=0 to the real port). */
  port?: number;
}

export interface SlackApp {
  readonly app: App;
  readonly logger: Logger;
  readonly mode: Config["mode"];
  /**
   * Logs the mode and why, then: HTTP mode listens at once (GET /healthz answers while starting,
   * /slack/events gets 503 until ready); checks the bot token with a bounded retry (throws
   * StartupError); initialises Bolt and, in Socket Mode, connects.
   */
  start(): Promise<StartedSlackApp>;
  /** Stops receiving: closes the HTTP server or the WebSocket. Safe to call twice. */
  stop(): Promise<void>;
}

/** Largest request accepted in HTTP mode: Slack's payloads are a few kilobytes. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Client options for every WebClient the app makes; a fresh object each time (Bolt mutates them). */
function clientOptions(config: Config, logger: Logger) {
  return { logger, ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}) };
}

/** The start-up line that says which mode runs, and what in the configuration chose it. */
export function describeMode(config: Config): string {
  return config.mode === "socket"
    ? "Mode: Socket Mode, because SLACK_APP_TOKEN is set (no public URL needed; empty it to use HTTP mode)"
    : `Mode: HTTP on port ${config.port}, because SLACK_APP_TOKEN is empty (Slack must reach POST /slack/events; requests are verified with SLACK_SIGNING_SECRET)`;
}

/** Until the app is ready, Slack's requests get 503 (Slack retries); other routes pass through. */
function gateEvents(receiver: HTTPReceiver, isReady: () => boolean): void {
  const serve = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    if (!isReady() && req.method === "POST" && (req.url ?? "").startsWith("/slack/events")) {
      res.writeHead(503, { "retry-after": "5", "content-type": "text/plain" });
      res.end("starting\n");
      return;
    }
    serve(req, res);
  };
}

export function createSlackApp(
  config: Config,
  deps: AppDeps,
  options: SlackAppOptions = {},
): SlackApp {
  const logger =
    options.logger ??
    createLogger({
      level: config.logLevel,
      secrets: [config.botToken, config.appToken, config.signingSecret],
    });
  const customRoutes = options.customRoutes ?? [];
  // Without logLevel, Bolt's App resets the shared logger to INFO and LOG_LEVEL would be ignored.
  const logLevel = config.logLevel as LogLevel;
  const common = {
    token: config.botToken,
    logger,
    logLevel,
    // auth.test runs in start(), so a revoked token stops start-up with a clear error.
    deferInitialization: true,
    // No listener reads context.conversation; Bolt's default in-memory conversation store would
    // otherwise be read and written on every request.
    convoStore: false as const,
    clientOptions: clientOptions(config, logger),
  };
  let socketReceiver: SocketModeReceiver | undefined;
  let httpReceiver: HTTPReceiver | undefined;
  let ready = false;
  let app: App;
  if (config.mode === "socket") {
    if (!config.appToken) throw new Error("Socket Mode needs SLACK_APP_TOKEN");
    // Socket Mode opens no HTTP port at all unless routes are asked for: the receiver only
    // starts a server when it has routes, and then on HEALTH_PORT (or PORT).
    const routes = customRoutes.length > 0;
    socketReceiver = new SocketModeReceiver({
      appToken: config.appToken,
      logger,
      logLevel,
      ...(routes ? { customRoutes } : {}),
      installerOptions: {
        clientOptions: clientOptions(config, logger),
        ...(routes ? { port: config.healthPort ?? config.port } : {}),
      },
    });
    app = new App({ ...common, receiver: socketReceiver });
  } else {
    // Built here rather than by App so that it can listen before the token check, and because
    // App offers no body limit: anything over MAX_BODY_BYTES is refused with 413 from its
    // content-length (or as soon as that many bytes have arrived), before any signature check
    // and before the start-up gate. Bolt's default would buffer up to 4 MB unsigned.
    httpReceiver = new HTTPReceiver({
      signingSecret: config.signingSecret ?? "",
      port: config.port,
      customRoutes,
      logger,
      logLevel,
      bodyLimit: MAX_BODY_BYTES,
    });
    gateEvents(httpReceiver, () => ready);
    refuseLargeBodies(httpReceiver, MAX_BODY_BYTES, logger);
    app = new App({ ...common, receiver: httpReceiver });
  }

  const ctx: ListenerContext = {
    deps,
    logger,
    answered: createDedupe(),
    votes: createDedupe({ ttlMs: 30 * 24 * 60 * 60 * 1000 }),
    shares: createShareStore(),
    shared: createDedupe({ ttlMs: 24 * 60 * 60 * 1000 }),
  };
  registerListeners(app, ctx);

  let initialized = false;
  let listening: Server | undefined;
  let connected = false;
  return {
    app,
    logger,
    mode: config.mode,
    async start() {
      logger.info(describeMode(config));
      if (httpReceiver && !listening) listening = await httpReceiver.start(config.port);
      if (!initialized) {
        await checkToken({
          variable: "SLACK_BOT_TOKEN",
          token: config.botToken,
          method: "auth.test",
          apiUrl: config.slackApiUrl ?? SLACK_API,
          timeoutMs: config.startupTimeoutMs,
          logger,
        });
        await app.init();
        initialized = true;
      }
      if (socketReceiver && !connected) {
        try {
          await app.start();
        } catch (error) {
          // apps.connections.open is the app-level token's first use.
          const slackError = platformError(error);
          if (slackError === undefined) throw error;
          throw tokenRejected("SLACK_APP_TOKEN", "apps.connections.open", slackError);
        }
        connected = true;
      }
      ready = true;
      const address = listening?.address();
      const port =
        address && typeof address === "object" ? (address as AddressInfo).port : undefined;
      logger.info(
        config.mode === "socket"
          ? "Focal Point is connected to Slack (Socket Mode)"
          : `Focal Point is listening on port ${port} (POST /slack/events)`,
      );
      return { mode: config.mode, port };
    },
    async stop() {
      ready = false;
      // Bolt's SocketModeReceiver.stop() does not wait for the close handshake; waiting for the
      // client first lets a shutdown finish with the socket really closed.
      if (socketReceiver && connected) {
        connected = false;
        await socketReceiver.client.disconnect();
        await app.stop();
      }
      if (listening) {
        const server = listening;
        listening = undefined;
        server.closeIdleConnections();
        await app.stop();
      }
    },
  };
}
