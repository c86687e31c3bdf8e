// Button action ids and the small JSON values buttons carry. Slack hands a button's value back
// verbatim on a click, so a value must hold everything the click needs: Slack caps it at 2,000
// characters, and a value can come back from any client, so parsing never trusts it.
import { z } from "zod";

export const ACTION = {
  share: "fp_share",
  feedbackUp: "fp_feedback_up",
  feedbackDown: "fp_feedback_down",
  /** Did-you-mean buttons: `fp_suggest_0`, `fp_suggest_1`, … (action ids are unique per message). */
  suggestPrefix: "fp_suggest_",
} as const;

export const SUGGEST_ACTION = /^fp_suggest_\d+$/;
export const FEEDBACK_ACTION = /^fp_feedback_(up|down)$/;

/** Slack's limit for a button value. */
export const MAX_ACTION_VALUE = 2000;

const Short = z.string().max(MAX_ACTION_VALUE);

/**
 * What a Share click needs: the id of the answer kept server-side (share-store.ts), never a copy
 * of the question (which would have to be cut to fit and could then be answered differently).
 */
export const ShareValue = z.object({ k: z.string().regex(/^[A-Za-z0-9_-]{8,32}$/) });
export type ShareValue = z.infer<typeof ShareValue>;

export function shareValue(id: string): string {
  return JSON.stringify({ k: id } satisfies ShareValue);
}

/** A 👍/👎 click: the question, the record the answer was about, where it was asked. */
export const FeedbackValue = z.object({
  q: Short,
  r: Short.optional(),
  s: z.enum(["slash", "mention", "dm", "button", "cli"]),
});
export type FeedbackValue = z.infer<typeof FeedbackValue>;

/** A did-you-mean click: the record to answer about and the question it stands for. */
export const SuggestValue = z.object({ id: Short, q: Short });
export type SuggestValue = z.infer<typeof SuggestValue>;

/**
 * JSON-encodes a value, shortening its `q` (the only free text) until the whole fits Slack's limit.
 * Shortening by characters can still leave JSON escapes long, so it loops until it fits.
 */
export function packValue(value: { q: string } & Record<string, unknown>): string {
  let q = value.q;
  let json = JSON.stringify({ ...value, q });
  while (json.length > MAX_ACTION_VALUE && q.length > 0) {
    const over = json.length - MAX_ACTION_VALUE;
    q = q.slice(0, Math.max(0, q.length - Math.max(over, 1)));
    json = JSON.stringify({ ...value, q });
  }
  return json;
}

/** Parses a button value with `schema`; undefined when it is not what this app put there. */
export function parseValue<T>(schema: z.ZodType<T>, raw: unknown): T | undefined {
  if (typeof raw !== "string") return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
