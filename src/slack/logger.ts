// Bolt's logger, with secrets taken out of every line. Bolt and the Web API client log request
// bodies and errors at debug level; whatever they print, a token or the signing secret must never
// reach a log file, so redaction happens here, at the one place everything is written.
import { inspect } from "node:util";
import { type Logger, LogLevel } from "@slack/bolt";

const ORDER: LogLevel[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/** Slack token shapes (bot, user, app-level, refresh…) and the legacy verification token field. */
const TOKEN_PATTERNS: RegExp[] = [
  /\bxox[a-z]-[A-Za-z0-9-]+/g,
  /\bxapp-[A-Za-z0-9-]+/g,
  /(["']?\btoken["']?\s*:\s*["'])[^"']*(["'])/g,
  /(\btoken=)[^&\s]+/g,
];

export type LogSink = (level: LogLevel, line: string) => void;

const consoleSink: LogSink = (level, line) => {
  if (level === LogLevel.ERROR || level === LogLevel.WARN) console.error(line);
  else console.log(line);
};

export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join("[redacted]");
  }
  for (const pattern of TOKEN_PATTERNS) {
    out = out.replace(pattern, (_m, pre?: string, post?: string) =>
      typeof pre === "string" && typeof post === "string"
        ? `${pre}[redacted]${post}`
        : "[redacted]",
    );
  }
  return out;
}

function format(msg: unknown[]): string {
  return msg
    .map((m) => {
      if (typeof m === "string") return m;
      if (m instanceof Error) return m.stack ?? `${m.name}: ${m.message}`;
      return inspect(m, { depth: 4, breakLength: Number.POSITIVE_INFINITY });
    })
    .join(" ");
}

export interface RedactingLoggerOptions {
  level?: LogLevel | "debug" | "info" | "warn" | "error";
  /** Exact values to hide wherever they appear (tokens, signing secret). */
  secrets?: readonly (string | undefined)[];
  name?: string;
  sink?: LogSink;
}

export function createLogger(options: RedactingLoggerOptions = {}): Logger {
  let level = (options.level as LogLevel | undefined) ?? LogLevel.INFO;
  let name = options.name ?? "focalpoint";
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === "string");
  const sink = options.sink ?? consoleSink;
  const write = (at: LogLevel, msg: unknown[]) => {
    if (ORDER.indexOf(at) < ORDER.indexOf(level)) return;
    const line = `${new Date().toISOString()} [${at.toUpperCase()}] ${name} ${format(msg)}`;
    sink(at, redact(line, secrets));
  };
  return {
    debug: (...msg) => write(LogLevel.DEBUG, msg),
    info: (...msg) => write(LogLevel.INFO, msg),
    warn: (...msg) => write(LogLevel.WARN, msg),
    error: (...msg) => write(LogLevel.ERROR, msg),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}
