// The one place that reads process.env. Everything else receives a validated Config.
import path from "node:path";
import { z } from "zod";

const README_HINT = "see README.md, section 'Environment variables'";

const LogLevel = z.enum(["debug", "info", "warn", "error"]);

/**
 * The placeholder values .env.example ships with. They look like tokens, so without this check a
 * copied-but-unedited .env passes validation and the app then retries Slack with them.
 */
export const EXAMPLE_VALUES: Readonly<Record<string, string>> = {
  SLACK_BOT_TOKEN: "xoxb-your-bot-token",
  SLACK_APP_TOKEN: "xapp-your-app-level-token",
};

const WHAT_TO_DO: Readonly<Record<string, string>> = {
  SLACK_BOT_TOKEN: "paste the Bot User OAuth Token (xoxb-...) from the app's Install App page",
  SLACK_APP_TOKEN:
    "paste the app-level token (xapp-...) for Socket Mode, or leave it empty to use HTTP mode with SLACK_SIGNING_SECRET",
};

function examplePlaceholders(env: Env): string[] {
  return Object.entries(EXAMPLE_VALUES)
    .filter(([name, example]) => env[name]?.trim() === example)
    .map(
      ([name]) => `${name}: still holds the example value from .env.example; ${WHAT_TO_DO[name]}`,
    );
}

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

/** A whole number from `min` to `max`; empty or unset gives `fallback`. */
const wholeNumber = <F extends number | undefined>(
  fallback: F,
  min: number,
  max: number,
  expected: string,
) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `must be ${expected}, got '${v}'` });
        return z.NEVER;
      }
      return n;
    });

const port = (fallback: number | undefined) =>
  wholeNumber(fallback, 0, 65535, "a port number 0-65535");

const positiveInt = (fallback: number) =>
  wholeNumber(fallback, 1, Number.MAX_SAFE_INTEGER, "a whole number above 0");

const httpUrl = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === "") return undefined;
    try {
      const u = new URL(v);
      if (u.protocol === "http:" || u.protocol === "https:") return v.endsWith("/") ? v : `${v}/`;
    } catch {
      // fall through to the issue below
    }
    ctx.addIssue({ code: "custom", message: `must be an http(s) URL, got '${v}'` });
    return z.NEVER;
  });

const boolFlag = (fallback: boolean) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return fallback;
      if (/^(1|true|yes|on)$/i.test(v)) return true;
      if (/^(0|false|no|off)$/i.test(v)) return false;
      ctx.addIssue({ code: "custom", message: `must be true or false, got '${v}'` });
      return z.NEVER;
    });

/** Settings every command needs, Slack or not. */
const CommonEnv = z.object({
  KNOWLEDGE_DIR: optionalString,
  DATA_DIR: optionalString,
  KNOWLEDGE_MAX_MB: positiveInt(50),
  LOG_LEVEL: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((v) => (v === "" ? undefined : v))
    .pipe(LogLevel.optional()),
});

const SlackEnv = CommonEnv.extend({
  SLACK_BOT_TOKEN: z
    .string({ message: "is required (the Bot User OAuth Token, xoxb-...)" })
    .trim()
    .regex(/^xoxb-/, "must be a bot token starting with 'xoxb-'"),
  SLACK_APP_TOKEN: optionalString.pipe(
    z
      .string()
      .regex(/^xapp-/, "must be an app-level token starting with 'xapp-'")
      .optional(),
  ),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_API_URL: httpUrl,
  PORT: port(3000),
  HEALTH_PORT: port(undefined),
  RATE_LIMIT_PER_MINUTE: positiveInt(20),
  SLACK_STARTUP_TIMEOUT: positiveInt(30),
  KNOWLEDGE_WATCH: boolFlag(true),
});

export interface CommonConfig {
  knowledgeDir: string;
  dataDir: string;
  /** Largest knowledge folder loaded (KNOWLEDGE_MAX_MB, default 50 MB of YAML). */
  knowledgeMaxBytes: number;
  logLevel: z.infer<typeof LogLevel>;
}

export interface Config extends CommonConfig {
  mode: "socket" | "http";
  botToken: string;
  appToken?: string;
  signingSecret?: string;
  slackApiUrl?: string;
  port: number;
  healthPort?: number;
  rateLimitPerMinute: number;
  /** How long start-up keeps retrying an unreachable Slack API before giving up (ms). */
  startupTimeoutMs: number;
  watchKnowledge: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration (${README_HINT}):\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((i) => `${String(i.path[0] ?? "environment")}: ${i.message}`);
}

function common(v: z.infer<typeof CommonEnv>): CommonConfig {
  return {
    knowledgeDir: path.resolve(v.KNOWLEDGE_DIR ?? "knowledge"),
    dataDir: path.resolve(v.DATA_DIR ?? "data"),
    knowledgeMaxBytes: v.KNOWLEDGE_MAX_MB * 1024 * 1024,
    logLevel: v.LOG_LEVEL ?? "info",
  };
}

/** Settings for the command-line tools: no Slack tokens needed. */
export function loadCommonConfig(env: Env = process.env): CommonConfig {
  const parsed = CommonEnv.safeParse(env);
  if (!parsed.success) throw new ConfigError(problemsOf(parsed.error));
  return common(parsed.data);
}

/**
 * `slack run` (the Slack CLI's start hook) hands the app its tokens as SLACK_CLI_XOXB and
 * SLACK_CLI_XAPP; the usual variables win when both are set.
 */
function withSlackCliTokens(env: Env): Env {
  return {
    ...env,
    SLACK_BOT_TOKEN: env.SLACK_BOT_TOKEN?.trim() ? env.SLACK_BOT_TOKEN : env.SLACK_CLI_XOXB,
    SLACK_APP_TOKEN: env.SLACK_APP_TOKEN?.trim() ? env.SLACK_APP_TOKEN : env.SLACK_CLI_XAPP,
  };
}

/** Settings for the Slack app. Throws ConfigError listing every missing or malformed variable. */
export function loadConfig(given: Env = process.env): Config {
  const env = withSlackCliTokens(given);
  const parsed = SlackEnv.safeParse(env);
  const problems = [
    ...examplePlaceholders(env),
    ...(parsed.success ? [] : problemsOf(parsed.error)),
  ];
  const v = parsed.success ? parsed.data : undefined;
  const socket = Boolean(v?.SLACK_APP_TOKEN ?? env.SLACK_APP_TOKEN?.trim());
  if (!socket && !env.SLACK_SIGNING_SECRET?.trim()) {
    problems.push(
      "SLACK_SIGNING_SECRET: is required in HTTP mode (set SLACK_APP_TOKEN to use Socket Mode instead)",
    );
  }
  if (!v || problems.length > 0) throw new ConfigError(problems);
  return {
    ...common(v),
    mode: socket ? "socket" : "http",
    botToken: v.SLACK_BOT_TOKEN,
    appToken: v.SLACK_APP_TOKEN,
    signingSecret: v.SLACK_SIGNING_SECRET,
    slackApiUrl: v.SLACK_API_URL,
    port: v.PORT ?? 3000,
    healthPort: v.HEALTH_PORT,
    rateLimitPerMinute: v.RATE_LIMIT_PER_MINUTE,
    startupTimeoutMs: v.SLACK_STARTUP_TIMEOUT * 1000,
    watchKnowledge: v.KNOWLEDGE_WATCH,
  };
}
