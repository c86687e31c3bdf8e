// `npm start`: read .env, validate the configuration, start Focal Point (src/runtime.ts), and stop
// gracefully on SIGTERM/SIGINT. Every start-up failure ends with exit code 1 and a message a
// person can act on; tokens are never printed (config errors name variables, not values; logs go
// through the redacting logger).
import dotenv from "dotenv";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { KnowledgeLoadError } from "./ops/knowledge-holder.js";
import { installShutdown } from "./ops/shutdown.js";
import { DRAIN_MS, startFocalPoint } from "./runtime.js";
import { createLogger } from "./slack/logger.js";
import { StartupError } from "./slack/token-check.js";

function readConfig(): Config | undefined {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return undefined;
  }
}

async function main(): Promise<number> {
  // quiet: dotenv 17 would otherwise print a banner; existing variables win over .env.
  dotenv.config({ quiet: true });
  const config = readConfig();
  if (!config) return 1;

  const logger = createLogger({
    level: config.logLevel,
    secrets: [config.botToken, config.appToken, config.signingSecret],
  });
  // A signal during start-up (in HTTP mode the port is open while Slack is asked for auth.test)
  // must still end in a clean stop with exit 0, not in the default "killed by signal".
  // Nothing has been answered yet, so there is nothing to drain: stop at once, cleanly.
  const onEarly = (signal: NodeJS.Signals) => {
    logger.info(`shutdown: received ${signal} during start-up; no longer taking new work`);
    logger.info("shutdown: done (exit 0)");
    process.exit(0);
  };
  process.on("SIGTERM", onEarly);
  process.on("SIGINT", onEarly);
  let running: Awaited<ReturnType<typeof startFocalPoint>>;
  try {
    running = await startFocalPoint(config, { logger });
  } catch (error) {
    process.off("SIGTERM", onEarly);
    process.off("SIGINT", onEarly);
    if (error instanceof KnowledgeLoadError) {
      // One `file:line:col: message` per line, exactly as kb:check prints them.
      console.error(`The knowledge in ${error.dir} does not load:`);
      for (const problem of error.problems) console.error(problem);
    } else if (error instanceof StartupError) {
      // Already says what to do; a stack trace would only hide it.
      logger.error(`Focal Point could not start: ${error.message}`);
    } else {
      logger.error("Focal Point could not start:", error);
    }
    return 1;
  }
  const { inFlight, steps } = running;
  installShutdown({ logger, inFlight, drainMs: DRAIN_MS, ...steps });
  // installShutdown's own listeners take over from here.
  process.off("SIGTERM", onEarly);
  process.off("SIGINT", onEarly);
  // A bug in one handler must never take the bot down for everyone: log and keep serving.
  process.on("unhandledRejection", (reason) => logger.error("Unhandled rejection", reason));
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error) => {
    console.error("Focal Point could not start:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
