// npm run kb:gaps [-- --since DATE] [--json] [--limit N]
// What people asked that the bot could not answer, and which answers they voted down — the
// knowledge officers' to-do list. Reads the insights database under DATA_DIR; never writes to it.
import { pathToFileURL } from "node:url";
import { ConfigError, loadCommonConfig } from "../config.js";
import { openExistingDatabase } from "../store/database.js";
import { buildGapReport, formatGapReport, questionKey } from "../store/gap-report.js";
import { readFeedback, readUnanswered } from "../store/insights-store.js";

const USAGE = `Usage: npm run kb:gaps [-- [--since DATE] [--json] [--limit N]]

  --since DATE  only events from DATE on: YYYY-MM-DD, an ISO time, or an age like 7d, 12h, 2w
  --json        print one JSON object instead of tables
  --limit N     rows per section (default 20)

Reads the insights database in DATA_DIR (default ./data).`;

export interface CliIo {
  env?: Record<string, string | undefined>;
  out: (text: string) => void;
  err: (text: string) => void;
  now?: () => Date;
}

class UsageError extends Error {}

const AGE_UNITS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** Parses --since: a calendar date (UTC midnight), an ISO time, or an age like "7d". */
export function parseSince(value: string, now: Date): Date {
  const v = value.trim();
  const age = /^(\d{1,5})([hdw])$/i.exec(v);
  if (age) {
    return new Date(
      now.getTime() - Number(age[1]) * (AGE_UNITS[(age[2] as string).toLowerCase()] ?? 0),
    );
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (date) {
    const d = new Date(`${v}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v) return d;
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) {
    const d = new Date(v);
    if (!Number.isNaN(d.getTime())) return d;
  }
  throw new UsageError(
    `--since must be a date (YYYY-MM-DD), an ISO time or an age like 7d, got '${value}'`,
  );
}

interface Args {
  since?: Date;
  json: boolean;
  limit: number;
  help: boolean;
}

function parseArgs(argv: string[], now: Date): Args {
  const args: Args = { json: false, limit: 20, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === "") throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === "--json") args.json = true;
    else if (flag === "--help" || flag === "-h") args.help = true;
    else if (flag === "--since") args.since = parseSince(value(), now);
    else if (flag === "--limit") {
      const v = value();
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1)
        throw new UsageError(`--limit must be a whole number above 0, got '${v}'`);
      args.limit = n;
    } else throw new UsageError(`unknown argument '${arg}'`);
  }
  return args;
}

/** Runs the command; returns the exit code (0 ok, 1 database trouble, 2 bad usage/config). */
export function runKbGaps(argv: string[], io: CliIo): number {
  const now = io.now?.() ?? new Date();
  let args: Args;
  let dataDir: string;
  try {
    args = parseArgs(argv, now);
    if (args.help) {
      io.out(USAGE);
      return 0;
    }
    dataDir = loadCommonConfig(io.env ?? process.env).dataDir;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`kb:gaps: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }

  let db: ReturnType<typeof openExistingDatabase>;
  try {
    db = openExistingDatabase(dataDir);
  } catch (error) {
    io.err(`kb:gaps: cannot read the insights database in ${dataDir}: ${(error as Error).message}`);
    return 1;
  }
  if (!db) {
    if (args.json) io.out(JSON.stringify({ dataDir, noData: true, gaps: [], disliked: [] }));
    else io.out(`No data yet: nothing has been recorded in ${dataDir}.`);
    return 0;
  }
  try {
    const report = buildGapReport(readUnanswered(db, args.since), readFeedback(db, args.since), {
      normalize: questionKey,
      since: args.since,
      limit: args.limit,
    });
    io.out(args.json ? JSON.stringify({ dataDir, ...report }) : formatGapReport(report));
    return 0;
  } catch (error) {
    io.err(`kb:gaps: reading the insights database failed: ${(error as Error).message}`);
    return 1;
  } finally {
    db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runKbGaps(process.argv.slice(2), {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
  });
}
