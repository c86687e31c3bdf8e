// Building blocks shared by the record schemas: ids, texts, dates, links, names with a language,
// and typed contacts. Kept apart from schema.ts so each file stays one idea.
import { z } from "zod";

/** Record ids are lowercase slugs: `dpo`, `mara-assessment`, `un-women`. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lowercase words joined by '-', e.g. 'un-women'");

export const Text = z.string().trim().min(1, "must not be empty");
export const TextList = z.array(Text);

/** `2019-01-01`, or `2020-11` when only the month is known, or `2020`. Checked for a real calendar date. */
export const PartialDate = z
  .union([z.string(), z.number().int(), z.date()], {
    error: "should be a date (YYYY, YYYY-MM or YYYY-MM-DD)",
  })
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)))
  .refine(isValidPartialDate, "dates are YYYY, YYYY-MM or YYYY-MM-DD and must exist");

export function isValidPartialDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day <= last;
}

export function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Only web links: a `javascript:` or `file:` URL in a Slack card would be a hazard. */
export const HttpUrl = z
  .string()
  .refine(isHttpUrl, { message: "must be an http:// or https:// URL", params: { code: "KB021" } });

/** Where a record's facts come from: a source id and, for documents, the supporting passage. */
export const Citation = z.strictObject({
  source: Id,
  quote: Text.optional(),
});

/** `fr`, `en`, `pt-BR`: the language a name is written in. */
export const Lang = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "must be a language code such as 'fr' or 'en'");

/**
 * A name as written: plain text, or `{ name: ..., lang: fr }` to say which language it is in.
 * Plain text stays valid everywhere, so existing files need no change.
 */
export const NameEntry = z.preprocess(
  (v) => (typeof v === "string" ? { name: v } : v),
  z.strictObject({ name: Text, lang: Lang.optional() }),
);
export const NameList = z.array(NameEntry);

export const CONTACT_TYPES = [
  "chat",
  "mailing-list",
  "email",
  "meeting-notes",
  "calendar",
  "website",
  "issue-tracker",
] as const;

export const CHAT_PLATFORMS = [
  "slack",
  "teams",
  "matrix",
  "discord",
  "zulip",
  "mattermost",
  "irc",
  "other",
] as const;

const EMAIL = /^[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:]+\.[^\s@<>()[\]",;:]+$/;
/** Slack channel names (`#team-docs`) or a person's handle (`@jdoe`): lowercase, at most 80. */
const SLACK_CHANNEL = /^[#@][a-z0-9][a-z0-9._-]{0,79}$/;

/** `mailto:docs@example.com?subject=x` → `docs@example.com`; anything else unchanged. */
export function bareAddress(v: string): string {
  return v.replace(/^mailto:/i, "").replace(/\?.*$/, "");
}

export function isEmail(v: string): boolean {
  return EMAIL.test(bareAddress(v));
}

/** Which fields each contact type needs and accepts (beyond type, label and note). */
const CONTACT_RULES: Record<(typeof CONTACT_TYPES)[number], { needs: string; accepts: string[] }> =
  {
    chat: { needs: "channel", accepts: ["channel", "platform", "url"] },
    "mailing-list": { needs: "address", accepts: ["address", "url"] },
    email: { needs: "address", accepts: ["address"] },
    "meeting-notes": { needs: "url", accepts: ["url"] },
    calendar: { needs: "url", accepts: ["url"] },
    website: { needs: "url", accepts: ["url"] },
    "issue-tracker": { needs: "url", accepts: ["url"] },
  };

const EXAMPLE: Record<string, string> = {
  channel: "'#team-docs'",
  address: "'docs@example.com'",
  url: "'https://example.com/notes'",
};

/**
 * One way to reach a group or a person. `mailto:` is accepted here (and only here) as an address,
 * because an e-mail contact is not a web page a card opens.
 */
export const Contact = z
  .strictObject({
    type: z.enum(CONTACT_TYPES),
    /** Chat: the channel as people type it, `#team-docs`. */
    channel: Text.optional(),
    /** Chat: where the channel lives; Slack when not said. */
    platform: z.enum(CHAT_PLATFORMS).optional(),
    /** E-mail and mailing lists: `docs@example.com` or `mailto:docs@example.com`. */
    address: Text.optional(),
    /** A web page: the notes, the calendar, the list archive, a link that opens the channel. */
    url: Text.optional(),
    /** Shown instead of the raw value: "Docs team mailing list". */
    label: Text.optional(),
    note: Text.optional(),
  })
  .superRefine((c, ctx) => {
    const rule = CONTACT_RULES[c.type];
    if (!rule) return; // an unknown type is already reported
    const issue = (path: string, code: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message, params: { code, whole: true } });
    for (const field of ["channel", "platform", "address", "url"] as const) {
      if (c[field] !== undefined && !rule.accepts.includes(field)) {
        issue(
          field,
          "KB027",
          `'${field}' does not apply to a ${c.type} contact; it takes ${rule.accepts.map((f) => `'${f}'`).join(" or ")}`,
        );
      }
    }
    const hasNeeded =
      c[rule.needs as "channel" | "address" | "url"] !== undefined ||
      (c.type === "chat" && c.url !== undefined) ||
      (c.type === "mailing-list" && c.url !== undefined);
    if (!hasNeeded) {
      issue(
        rule.needs,
        "KB009",
        `missing required field '${rule.needs}': ${/^[aeiou]/.test(c.type) ? "an" : "a"} ${c.type} contact needs one, e.g. ${EXAMPLE[rule.needs]}`,
      );
    }
    if (c.address !== undefined && rule.accepts.includes("address") && !isEmail(c.address)) {
      issue(
        "address",
        "KB027",
        `'address' should be an e-mail address such as 'docs@example.com' (or 'mailto:docs@example.com'), not '${c.address}'`,
      );
    }
    if (c.url !== undefined && rule.accepts.includes("url") && !isHttpUrl(c.url)) {
      issue("url", "KB021", `'url' must be an http:// or https:// URL (got '${c.url}')`);
    }
    const slack = (c.platform ?? "slack") === "slack";
    if (c.type === "chat" && c.channel !== undefined && slack && !SLACK_CHANNEL.test(c.channel)) {
      issue(
        "channel",
        "KB027",
        `a Slack channel is written '#name' (or '@handle' for a person) in lowercase letters, digits, '-' or '_', e.g. '#team-docs' (got '${c.channel}')`,
      );
    }
  });

export type ContactRecord = z.infer<typeof Contact>;
export type NameEntryRecord = z.infer<typeof NameEntry>;
