// Builds the Bolt app from a validated Config: Socket Mode when an app-level token is set (no
// public URL needed), otherwise HTTP on PORT at /slack/events, verified with the signing secret.
// SLACK_API_URL points every Web API call at another base URL — including Socket Mode's
// apps.connections.open, which the SocketModeClient makes with its own WebClient built from
// installerOptions.clientOptions (App's clientOptions never reach it).
import type { AddressInfo } from "node:net";
import { App, type CustomRoute, HTTPReceiver, type Logger, SocketModeReceiver } from "@slack/bolt";
import type { Config } from "../config.js";
import type { ListenerContext } from "./answering.js";
import { refuseLargeBodies } from "./body-limit.js";
import { createDedupe } from "./dedupe.js";
import type { AppDeps } from "./deps.js";
import { createLogger } from "./logger.js";
import { registerListeners } from "./register.js";
import { createShareStore } from "./share-store.js";

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
  /** Checks the bot token (auth.test), then connects (Socket Mode) or listens (HTTP). */
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
  const common = {
    token: config.botToken,
    logger,
    // auth.test runs in start(), so a revoked token stops start-up with a clear error.
    deferInitialization: true,
    // No listener reads context.conversation; Bolt's default in-memory conversation store would
    // otherwise be read and written on every request.
    convoStore: false as const,
    clientOptions: clientOptions(config, logger),
  };
  let socketReceiver: SocketModeReceiver | undefined;
  let app: App;
  if (config.mode === "socket") {
    if (!config.appToken) throw new Error("Socket Mode needs SLACK_APP_TOKEN");
    // Socket Mode opens no HTTP port at all unless routes are asked for: the receiver only
    // starts a server when it has routes, and then on HEALTH_PORT (or PORT).
    const routes = customRoutes.length > 0;
    socketReceiver = new SocketModeReceiver({
      appToken: config.appToken,
      logger,
      ...(routes ? { customRoutes } : {}),
      installerOptions: {
        clientOptions: clientOptions(config, logger),
        ...(routes ? { port: config.healthPort ?? config.port } : {}),
      },
    });
    app = new App({ ...common, receiver: socketReceiver });
  } else {
    // Built here rather than by App, which offers no body limit: anything over MAX_BODY_BYTES is
    // refused with 413 from its content-length (or as soon as that many bytes have arrived),
    // before any signature check. Bolt's default would buffer up to 4 MB unsigned.
    const receiver = new HTTPReceiver({
      signingSecret: config.signingSecret ?? "",
      port: config.port,
      customRoutes,
      logger,
      bodyLimit: MAX_BODY_BYTES,
    });
    refuseLargeBodies(receiver, MAX_BODY_BYTES, logger);
    app = new App({ ...common, receiver });
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
  let running = false;
  return {
    app,
    logger,
    mode: config.mode,
    async start() {
      if (!initialized) {
        await app.init();
        initialized = true;
      }
      const started = await app.start(config.port);
      running = true;
      const address =
        config.mode === "http"
          ? ((started as { address?: () => AddressInfo | string | null }).address?.() ?? null)
          : null;
      const port = address && typeof address === "object" ? address.port : undefined;
      logger.info(
        config.mode === "socket"
          ? "Focal Point is connected to Slack (Socket Mode)"
          : `Focal Point is listening on port ${port} (POST /slack/events)`,
      );
      return { mode: config.mode, port };
    },
    async stop() {
      if (!running) return;
      running = false;
      // Bolt's SocketModeReceiver.stop() does not wait for the close handshake; waiting for the
      // client first lets a shutdown finish with the socket really closed.
      if (socketReceiver) await socketReceiver.client.disconnect();
      await app.stop();
    },
  };
}
