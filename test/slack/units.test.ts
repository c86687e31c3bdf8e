// The small pure parts of the Slack layer: redaction, the retry memory, button values, mentions.
import { LogLevel } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import {
  FeedbackValue,
  MAX_ACTION_VALUE,
  packValue,
  parseValue,
  SuggestValue,
} from "../../src/slack/action-values.js";
import { isHelpRequest, stripMention } from "../../src/slack/answering.js";
import { createDedupe } from "../../src/slack/dedupe.js";
import { createLogger, redact } from "../../src/slack/logger.js";

describe("redacting logger", () => {
  it("hides tokens, secrets and token fields in strings, objects and errors", () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: "debug",
      secrets: ["my-signing-secret-123", undefined],
      sink: (_l, line) => lines.push(line),
    });
    logger.debug("auth with xoxb-123-456-abcDEF and xapp-1-A1-789-xyz");
    logger.info({ body: { token: "legacy-verification", text: "hi" } });
    logger.error(new Error("bad secret my-signing-secret-123"));
    logger.warn("form token=abc123&text=hi");
    const all = lines.join("\n");
    for (const secret of [
      "xoxb-123",
      "xapp-1-A1",
      "legacy-verification",
      "my-signing-secret-123",
      "abc123",
    ]) {
      expect(all).not.toContain(secret);
    }
    expect(all).toContain("[redacted]");
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/\[ERROR\]/);
  });

  it("respects the level", () => {
    const lines: string[] = [];
    const logger = createLogger({ level: "warn", sink: (_l, line) => lines.push(line) });
    logger.debug("d");
    logger.info("i");
    logger.warn("w");
    expect(lines).toHaveLength(1);
    logger.setLevel(LogLevel.DEBUG);
    logger.debug("d2");
    expect(lines).toHaveLength(2);
    expect(logger.getLevel()).toBe(LogLevel.DEBUG);
  });

  it("leaves ordinary text alone", () => {
    expect(redact("who leads the MARA?")).toBe("who leads the MARA?");
  });
});

describe("dedupe", () => {
  it("remembers a key until it expires", () => {
    let now = 0;
    const d = createDedupe({ ttlMs: 1000, now: () => now });
    expect(d.seen("a")).toBe(false);
    expect(d.seen("a")).toBe(true);
    now = 999;
    expect(d.seen("a")).toBe(true);
    now = 2500;
    expect(d.seen("a")).toBe(false);
  });

  it("is bounded: the oldest keys go first", () => {
    const d = createDedupe({ max: 3, now: () => 0 });
    for (const k of ["a", "b", "c", "d"]) d.seen(k);
    expect(d.size).toBe(3);
    expect(d.seen("a")).toBe(false);
    expect(d.seen("d")).toBe(true);
  });

  it("can forget a key", () => {
    const d = createDedupe();
    d.seen("x");
    d.forget("x");
    expect(d.seen("x")).toBe(false);
  });
});

describe("button values", () => {
  it("round-trip and fit Slack's 2,000 characters however long the question", () => {
    const long = `${'\u0001"'.repeat(3000)} who leads MARA`;
    const packed = packValue({ q: long, r: "mara-assessment", s: "slash" });
    expect(packed.length).toBeLessThanOrEqual(MAX_ACTION_VALUE);
    const parsed = parseValue(FeedbackValue, packed);
    expect(parsed?.r).toBe("mara-assessment");
    expect(long.startsWith(parsed?.q ?? "-")).toBe(true);
  });

  it("reject values the app did not make", () => {
    expect(parseValue(SuggestValue, "not json")).toBeUndefined();
    expect(parseValue(SuggestValue, JSON.stringify({ id: 3 }))).toBeUndefined();
    expect(parseValue(FeedbackValue, JSON.stringify({ q: "x", s: "email" }))).toBeUndefined();
    expect(parseValue(SuggestValue, undefined)).toBeUndefined();
  });
});

describe("question text", () => {
  it("strips the app's own mention only", () => {
    expect(stripMention("<@UBOT> who leads <@U2>'s team?", "UBOT")).toBe("who leads <@U2>'s team?");
    expect(stripMention("hey <@UBOT|focalpoint>   what is CRSV", "UBOT")).toBe("hey what is CRSV");
    expect(stripMention("  plain  ", undefined)).toBe("plain");
  });

  it("recognises a help request in English or French", () => {
    for (const t of ["", " ", "help", "HELP", "aide", "?"]) expect(isHelpRequest(t)).toBe(true);
    for (const t of ["help me find the MARA lead", "who leads MARA"])
      expect(isHelpRequest(t)).toBe(false);
  });
});
