// What the knowledge officers read: the questions people ask most that the bot could not answer,
// and the answers people voted down. Grouping happens here, at report time, with the current
// normaliser, so "Who leads MARA?" and "who leads the mara" count as one gap.
import { foldText, normalizeSlackText } from "../answer/normalize.js";
import type { FeedbackRow, UnansweredRow } from "./insights-store.js";

// \p{…} patterns sit at module level: esbuild compiles such a literal to `new RegExp` per use.
/** Anything but letters, digits and spaces. */
const PUNCTUATION = /[^\p{L}\p{N}\s]/gu;

export interface Gap {
  /** The most common wording (latest on ties). */
  question: string;
  /** The grouping key. */
  normalized: string;
  count: number;
  /** Distinct wordings grouped here. */
  wordings: number;
  lastSeen: string;
  surfaces: Record<string, number>;
  /** Why these were refused, by reason code (Answer.reason; "unknown" for older rows). */
  reasons: Record<string, number>;
}

export interface Disliked {
  recordId: string | null;
  /** The most common wording of the question the voted answer replied to. */
  question: string;
  down: number;
  up: number;
  lastSeen: string;
}

export interface GapReport {
  since: string | null;
  totals: { unanswered: number; votes: number; up: number; down: number };
  /** Refusals by reason code, most frequent first. */
  byReason: { reason: string; count: number }[];
  gaps: Gap[];
  disliked: Disliked[];
}

export interface GapReportOptions {
  normalize: (question: string) => string;
  since?: Date;
  /** Rows per section (default 20). */
  limit?: number;
}

interface Wordings {
  counts: Map<string, number>;
  last: Map<string, string>;
}

function addWording(w: Wordings, question: string, at: string): void {
  w.counts.set(question, (w.counts.get(question) ?? 0) + 1);
  w.last.set(question, at);
}

function topWording(w: Wordings): string {
  let best = "";
  let bestCount = -1;
  let bestAt = "";
  for (const [q, n] of w.counts) {
    const at = w.last.get(q) ?? "";
    if (n > bestCount || (n === bestCount && at > bestAt)) {
      best = q;
      bestCount = n;
      bestAt = at;
    }
  }
  return best;
}

const byCountThenRecent =
  <T extends { lastSeen: string }>(count: (t: T) => number) =>
  (a: T, b: T) =>
    count(b) - count(a) || b.lastSeen.localeCompare(a.lastSeen);

function emptyGap(normalized: string): Gap {
  return {
    question: "",
    normalized,
    count: 0,
    wordings: 0,
    lastSeen: "",
    surfaces: {},
    reasons: {},
  };
}

export function buildGapReport(
  unanswered: readonly UnansweredRow[],
  feedback: readonly FeedbackRow[],
  options: GapReportOptions,
): GapReport {
  const limit = options.limit ?? 20;
  const gaps = new Map<string, Gap & Wordings>();
  const byReason = new Map<string, number>();
  for (const row of unanswered) {
    const key = options.normalize(row.question) || row.question.trim().toLowerCase();
    let g = gaps.get(key);
    if (!g) {
      g = { ...emptyGap(key), counts: new Map(), last: new Map() };
      gaps.set(key, g);
    }
    g.count++;
    if (row.at > g.lastSeen) g.lastSeen = row.at;
    g.surfaces[row.surface] = (g.surfaces[row.surface] ?? 0) + 1;
    const reason = row.reason ?? "unknown";
    g.reasons[reason] = (g.reasons[reason] ?? 0) + 1;
    byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
    addWording(g, row.question, row.at);
  }

  const votes = new Map<string, Disliked & Wordings>();
  let up = 0;
  for (const row of feedback) {
    if (row.vote === "up") up++;
    const key = row.recordId ? `record:${row.recordId}` : `q:${options.normalize(row.question)}`;
    let d = votes.get(key);
    if (!d) {
      const base: Disliked = { recordId: row.recordId, question: "", down: 0, up: 0, lastSeen: "" };
      d = { ...base, counts: new Map(), last: new Map() };
      votes.set(key, d);
    }
    if (row.vote === "down") d.down++;
    else d.up++;
    if (row.at > d.lastSeen) d.lastSeen = row.at;
    addWording(d, row.question, row.at);
  }

  return {
    since: options.since ? options.since.toISOString() : null,
    totals: {
      unanswered: unanswered.length,
      votes: feedback.length,
      up,
      down: feedback.length - up,
    },
    byReason: [...byReason.entries()]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    gaps: [...gaps.values()]
      .sort(byCountThenRecent((g) => g.count))
      .slice(0, limit)
      .map((g) => ({
        question: topWording(g),
        normalized: g.normalized,
        count: g.count,
        wordings: g.counts.size,
        lastSeen: g.lastSeen,
        surfaces: g.surfaces,
        reasons: g.reasons,
      })),
    disliked: [...votes.values()]
      .filter((d) => d.down > 0)
      .sort(byCountThenRecent((d) => d.down))
      .slice(0, limit)
      .map((d) => ({
        recordId: d.recordId,
        question: topWording(d),
        down: d.down,
        up: d.up,
        lastSeen: d.lastSeen,
      })),
  };
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** "2024-05-01T10:20:30.000Z" → "2024-05-01 10:20" (UTC). */
function when(at: string): string {
  return at.slice(0, 16).replace("T", " ");
}

function table(head: string[], rows: string[][], rightAlign: number): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < rightAlign ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** The human-readable report: two tables and a one-line summary. */
export function formatGapReport(report: GapReport): string {
  const out: string[] = [];
  const scope = report.since ? ` since ${when(report.since)} UTC` : "";
  out.push(
    `Knowledge gaps${scope}: ${report.totals.unanswered} unanswered question(s), ` +
      `${report.totals.votes} vote(s) (${report.totals.up} 👍, ${report.totals.down} 👎).`,
  );
  if (report.byReason.length > 0) {
    out.push("", "Refused, by reason:");
    out.push(
      table(
        ["Count", "Reason"],
        report.byReason.map((r) => [String(r.count), r.reason]),
        1,
      ),
    );
  }
  out.push("", "Most asked, not answered:");
  if (report.gaps.length === 0) out.push("  (none)");
  else
    out.push(
      table(
        ["Asked", "Last seen (UTC)", "Reason", "Question"],
        report.gaps.map((g) => [
          String(g.count),
          when(g.lastSeen),
          Object.entries(g.reasons).sort((a, b) => b[1] - a[1])[0]?.[0] ?? "-",
          shorten(g.question, 70) + (g.wordings > 1 ? ` (+${g.wordings - 1} wording(s))` : ""),
        ]),
        1,
      ),
    );
  out.push("", "Most 👎 answers:");
  if (report.disliked.length === 0) out.push("  (none)");
  else
    out.push(
      table(
        ["👎", "👍", "Last seen (UTC)", "Record", "Question"],
        report.disliked.map((d) => [
          String(d.down),
          String(d.up),
          when(d.lastSeen),
          d.recordId ?? "-",
          shorten(d.question, 60),
        ]),
        2,
      ),
    );
  return out.join("\n");
}

/** Grouping key for a question: the engine's Slack clean-up and folding, minus punctuation. */
export function questionKey(question: string): string {
  return foldText(normalizeSlackText(question))
    .replace(PUNCTUATION, " ")
    .replace(/\s+/g, " ")
    .trim();
}
