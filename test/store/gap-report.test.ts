import { describe, expect, it } from "vitest";
import { buildGapReport, formatGapReport, questionKey } from "../../src/store/gap-report.js";
import type { FeedbackRow, UnansweredRow } from "../../src/store/insights-store.js";

const u = (
  question: string,
  at: string,
  surface: UnansweredRow["surface"] = "slash",
): UnansweredRow => ({
  question,
  surface,
  at,
});
const f = (
  vote: "up" | "down",
  question: string,
  at: string,
  recordId: string | null = null,
): FeedbackRow => ({ vote, question, recordId, surface: "button", at });

describe("questionKey", () => {
  it("groups wordings that differ only in case, accents, punctuation, spacing and Slack markup", () => {
    const key = questionKey("Who leads the MARA?");
    expect(questionKey("who   leads the mara")).toBe(key);
    expect(questionKey("<@U123> Who leads the MARA ?!")).toBe(key);
    expect(questionKey("Qui dirige l’évaluation ?")).toBe(questionKey("qui dirige l'evaluation"));
    expect(questionKey("who leads UNMAS")).not.toBe(key);
  });
});

describe("buildGapReport", () => {
  const unanswered = [
    u("What does WHO do about malaria?", "2025-01-01T10:00:00.000Z"),
    u("what does who do about malaria", "2025-01-02T10:00:00.000Z", "dm"),
    u("What does WHO do about malaria?", "2025-01-03T10:00:00.000Z", "mention"),
    u("who runs FAO", "2025-01-04T10:00:00.000Z"),
    u("budget of UNICEF?", "2025-01-01T09:00:00.000Z"),
    u("Budget of UNICEF", "2025-01-05T09:00:00.000Z"),
  ];
  const feedback = [
    f("down", "who leads mara", "2025-01-01T00:00:00.000Z", "mara-assessment"),
    f("down", "MARA lead?", "2025-01-02T00:00:00.000Z", "mara-assessment"),
    f("up", "who leads the MARA", "2025-01-03T00:00:00.000Z", "mara-assessment"),
    f("down", "what is GFP", "2025-01-04T00:00:00.000Z", "gfp"),
    f("down", "hello?", "2025-01-05T00:00:00.000Z"),
    f("up", "what is CRSV", "2025-01-06T00:00:00.000Z", "crsv"),
  ];
  const report = buildGapReport(unanswered, feedback, { normalize: questionKey });

  it("groups unanswered questions and orders them by count, then most recent", () => {
    expect(report.gaps.map((g) => [g.question, g.count, g.wordings, g.lastSeen])).toEqual([
      ["What does WHO do about malaria?", 3, 2, "2025-01-03T10:00:00.000Z"],
      ["Budget of UNICEF", 2, 2, "2025-01-05T09:00:00.000Z"],
      ["who runs FAO", 1, 1, "2025-01-04T10:00:00.000Z"],
    ]);
    expect(report.gaps[0]?.surfaces).toEqual({ slash: 1, dm: 1, mention: 1 });
  });

  it("lists answers with the most 👎 by record, else by question, and leaves out liked-only ones", () => {
    expect(report.disliked.map((d) => [d.recordId, d.down, d.up, d.lastSeen])).toEqual([
      ["mara-assessment", 2, 1, "2025-01-03T00:00:00.000Z"],
      [null, 1, 0, "2025-01-05T00:00:00.000Z"],
      ["gfp", 1, 0, "2025-01-04T00:00:00.000Z"],
    ]);
    expect(report.totals).toEqual({ unanswered: 6, votes: 6, up: 2, down: 4 });
  });

  it("honours the limit", () => {
    const small = buildGapReport(unanswered, feedback, { normalize: questionKey, limit: 1 });
    expect(small.gaps).toHaveLength(1);
    expect(small.disliked).toHaveLength(1);
  });

  it("formats a readable table", () => {
    const text = formatGapReport(report);
    expect(text).toMatch(
      /^Knowledge gaps: 6 unanswered question\(s\), 6 vote\(s\) \(2 👍, 4 👎\)\./,
    );
    const lines = text.split("\n");
    const malaria = lines.find((l) => l.includes("malaria"));
    expect(malaria).toMatch(
      /^\s*3 {2}2025-01-03 10:00 {2}unknown {2}What does WHO do about malaria\? \(\+1 wording\(s\)\)$/,
    );
    expect(lines.some((l) => /^\s*2\s+1\s+2025-01-03 00:00\s+mara-assessment\s+/.test(l))).toBe(
      true,
    );
  });

  it("groups refusals by reason, with 'unknown' for rows written before reasons were kept", () => {
    const r = buildGapReport(
      [
        {
          question: "what does WFP do",
          surface: "slash",
          at: "2025-01-01T00:00:00Z",
          reason: "unknown_name",
        },
        {
          question: "what does WHO do",
          surface: "dm",
          at: "2025-01-02T00:00:00Z",
          reason: "unknown_name",
        },
        {
          question: "how many members does UN Action have",
          surface: "dm",
          at: "2025-01-02T00:00:00Z",
          reason: "no_count",
        },
        { question: "old row", surface: "dm", at: "2025-01-02T00:00:00Z" },
      ],
      [],
      { normalize: questionKey },
    );
    expect(r.byReason).toEqual([
      { reason: "unknown_name", count: 2 },
      { reason: "no_count", count: 1 },
      { reason: "unknown", count: 1 },
    ]);
    expect(formatGapReport(r)).toMatch(
      /Refused, by reason:\n\s*Count\s+Reason\n[- ]+\n\s*2\s+unknown_name/,
    );
  });

  it("says so when there is nothing to report", () => {
    const text = formatGapReport(buildGapReport([], [], { normalize: questionKey }));
    expect(text).toContain("0 unanswered question(s)");
    expect(text.match(/\(none\)/g)).toHaveLength(2);
  });
});
