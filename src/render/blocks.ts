// Answer → Slack Block Kit card. Pure: the same Answer always gives the same card, and every card
// stays inside Slack's limits whatever the knowledge or the question holds (Slack rejects the
// whole message when one block is over). All text that reaches Slack goes through `escapeMrkdwn`,
// so a question containing <!channel> or <@U123> is echoed as text and can never ping anyone.
import type { types } from "@slack/bolt";
import type { Answer } from "../answer/types.js";
import {
  ACTION,
  type FeedbackValue,
  packValue,
  type SuggestValue,
  shareValue,
} from "../slack/action-values.js";
import type { Surface } from "../slack/deps.js";

export type CardBlock =
  | types.SectionBlock
  | types.ActionsBlock
  | types.ContextBlock
  | types.HeaderBlock
  | types.DividerBlock;

/** A message body: blocks plus the plain `text` Slack shows in notifications and screen readers. */
export interface Card {
  text: string;
  blocks: CardBlock[];
}

/** Slack's documented Block Kit limits. */
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  header: 150,
  buttonText: 75,
  fields: 10,
  fieldText: 2000,
  contextElements: 10,
  /** `text` fallback: Slack truncates after 40,000; notifications show far less. */
  fallbackText: 3000,
} as const;

/** Links shown before "and N more". */
const MAX_LINKS = 6;
const MAX_RELATED = 8;
const MAX_SUGGESTIONS = 5;
/** A fact this long reads better as its own paragraph than in a two-column field. */
const LONG_FACT = 300;

/** Escapes the three characters Slack's mrkdwn gives meaning to (&, <, >). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Control characters, and the marks and overrides that reorder text (a "Trojan source" credit line). */
// \p{Cc} is every C0/C1 control character (a regex range of them trips the linter).
const INVISIBLE = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu;
/** mrkdwn markup characters → look-alikes that Slack does not read as markup. */
const MARKUP: Record<string, string> = {
  "*": "∗",
  _: "＿",
  "~": "∼",
  "`": "ʹ",
  ":": "∶",
  "|": "¦",
};

/**
 * User text shown as plain words inside mrkdwn (the credit line echoes the asker's question):
 * no bold, italics, strike, code, emoji codes; no control or bidirectional-override characters.
 */
export function neutralize(text: string): string {
  return text
    .replace(INVISIBLE, " ")
    .replace(/[*_~`:|]/g, (c) => MARKUP[c] ?? c)
    .replace(/\s+/g, " ")
    .trim();
}

/** Cuts `text` to at most `max` characters, ending in "…", never inside an &amp;-style entity. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1)).replace(/&[a-z]{0,4}$/, "");
  return `${cut}…`;
}

/**
 * Joins `items` (already escaped) with `sep` until `max` characters, ending "and N more" when some
 * did not fit or were beyond `limit`.
 */
export function listWithMore(items: string[], sep: string, max: number, limit = items.length) {
  let out = "";
  let shown = 0;
  for (const item of items.slice(0, limit)) {
    const rest = items.length - shown - 1;
    const tail = rest > 0 ? `${sep}and ${rest} more` : "";
    const next = out === "" ? item : `${out}${sep}${item}`;
    if (next.length + tail.length > max) break;
    out = next;
    shown++;
  }
  const hidden = items.length - shown;
  if (hidden === 0) return out;
  const more = `and ${hidden} more`;
  return clip(out === "" ? more : `${out}${sep}${more}`, max);
}

const mrkdwn = (text: string): types.MrkdwnElement => ({ type: "mrkdwn", text: text || " " });
const plain = (text: string, max: number): types.PlainTextElement => ({
  type: "plain_text",
  text: clip(text.trim() || "…", max),
  emoji: true,
});

function section(text: string): types.SectionBlock {
  return { type: "section", text: mrkdwn(clip(text, LIMITS.sectionText)) };
}

function button(text: string, actionId: string, value: string): types.Button {
  return { type: "button", text: plain(text, LIMITS.buttonText), action_id: actionId, value };
}

/** A Slack link. `|` and `>` would end the link early, so the title must not contain them. */
function link(url: string, title: string): string {
  const safeTitle = escapeMrkdwn(title.replace(/\|/g, "¦"));
  return `<${escapeMrkdwn(url).replace(/\|/g, "%7C")}|${safeTitle}>`;
}

export interface CardOptions {
  /** Where the answer is shown: recorded with 👍/👎 votes. */
  surface: Surface;
  /** Slack user id credited above the answer ("<@U123> asked: …"), for answers shared in a channel. */
  askedBy?: string;
  /** Offer "Share in channel" for the answer kept under this id (answers only the asker sees). */
  shareId?: string;
  /** Offer 👍/👎 buttons (default true). */
  feedback?: boolean;
}

/** The credit line for a shared answer. The id is checked: only a real Slack user id is linked. */
function credit(userId: string, question: string): string | undefined {
  if (!/^[UW][A-Z0-9]{2,}$/.test(userId)) return undefined;
  return `<@${userId}> asked: “${clip(escapeMrkdwn(neutralize(question)), 300)}”`;
}

function factBlocks(answer: Answer): types.SectionBlock[] {
  const short = answer.facts.filter((f) => f.value.length <= LONG_FACT);
  const long = answer.facts.filter((f) => f.value.length > LONG_FACT);
  const blocks: types.SectionBlock[] = [];
  if (short.length > 0) {
    const shown = short.length > LIMITS.fields ? short.slice(0, LIMITS.fields - 1) : short;
    const fields = shown.map((f) =>
      mrkdwn(clip(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`, LIMITS.fieldText)),
    );
    if (shown.length < short.length) fields.push(mrkdwn(`and ${short.length - shown.length} more`));
    blocks.push({ type: "section", fields });
  }
  for (const f of long.slice(0, 5)) {
    blocks.push(section(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`));
  }
  if (long.length > 5) blocks.push(section(`and ${long.length - 5} more`));
  return blocks;
}

function linkBlock(answer: Answer): types.SectionBlock | undefined {
  if (answer.links.length === 0) return undefined;
  const lines = answer.links.map((l) =>
    l.access === "intranet"
      ? `• ${link(l.url, l.title)} :lock: _intranet (UN network only)_`
      : `• ${link(l.url, l.title)}`,
  );
  const heading = "*Resources*\n";
  return section(
    heading + listWithMore(lines, "\n", LIMITS.sectionText - heading.length, MAX_LINKS),
  );
}

function suggestionBlocks(answer: Answer): CardBlock[] {
  const offer = !answer.answered || answer.intent === "help" || answer.intent === "overview";
  const suggestions = answer.suggestions.slice(0, MAX_SUGGESTIONS);
  if (!offer || suggestions.length === 0) return [];
  const title = answer.answered ? "*Try asking*" : "*Did you mean…*";
  const buttons = suggestions.map((s, i) => {
    const label = s.question.length <= LIMITS.buttonText ? s.question : s.ref.label;
    const value: SuggestValue = { id: s.ref.id, q: s.question };
    return button(label, `${ACTION.suggestPrefix}${i}`, packValue(value));
  });
  return [section(title), { type: "actions", elements: buttons }];
}

function sourceContext(answer: Answer): types.ContextBlock | undefined {
  const parts: string[] = [];
  const titles = answer.sources.map((s) => escapeMrkdwn(s.title));
  if (titles.length > 0) parts.push(`Source: ${listWithMore(titles, " · ", 1200, 3)}`);
  const quote = answer.sources.find((s) => s.quote)?.quote;
  if (quote) parts.push(`_“${clip(escapeMrkdwn(quote), 600)}”_`);
  if (answer.version) parts.push(`Knowledge version ${escapeMrkdwn(clip(answer.version, 40))}`);
  if (parts.length === 0) return undefined;
  return { type: "context", elements: parts.slice(0, LIMITS.contextElements).map(mrkdwn) };
}

function actionBlock(answer: Answer, options: CardOptions): types.ActionsBlock | undefined {
  const elements: types.Button[] = [];
  if (options.shareId !== undefined) {
    elements.push({
      ...button("Share in channel", ACTION.share, shareValue(options.shareId)),
      style: "primary",
    });
  }
  if (options.feedback !== false && answer.intent !== "help") {
    const value: FeedbackValue = { q: answer.question, r: answer.primary?.id, s: options.surface };
    const packed = packValue(value);
    elements.push(button("👍 Helpful", ACTION.feedbackUp, packed));
    elements.push(button("👎 Not helpful", ACTION.feedbackDown, packed));
  }
  return elements.length > 0 ? { type: "actions", elements } : undefined;
}

/** Renders an answer card: direct answer first, then facts, links, did-you-mean, source, buttons. */
export function renderBlocks(answer: Answer, options: CardOptions): Card {
  const asked = options.askedBy ? credit(options.askedBy, answer.question) : undefined;
  const headline = escapeMrkdwn(answer.headline.trim() || "…");
  const body: CardBlock[] = [];
  if (asked) body.push({ type: "context", elements: [mrkdwn(asked)] });
  body.push(section(answer.answered ? `*${headline}*` : headline));
  if (answer.correction) body.push(section(`:warning: ${escapeMrkdwn(answer.correction)}`));
  body.push(...factBlocks(answer));
  const links = linkBlock(answer);
  if (links) body.push(links);
  if (answer.related.length > 0 && answer.answered) {
    const names = answer.related.map((r) => escapeMrkdwn(r.label));
    const line = `See also: ${listWithMore(names, ", ", 2000, MAX_RELATED)}`;
    body.push({ type: "context", elements: [mrkdwn(line)] });
  }
  body.push(...suggestionBlocks(answer));
  const tail = [sourceContext(answer), actionBlock(answer, options)].filter(
    (b): b is types.ContextBlock | types.ActionsBlock => b !== undefined,
  );
  const room = LIMITS.blocks - tail.length;
  const blocks = [...body.slice(0, room), ...tail];
  const text = clip(asked ? `${asked}\n${headline}` : headline, LIMITS.fallbackText);
  return { text, blocks };
}

/** A card with one line of text, for acknowledgements, apologies and rate-limit notices. */
export function renderNotice(text: string): Card {
  const escaped = escapeMrkdwn(text);
  return { text: clip(escaped, LIMITS.fallbackText), blocks: [section(escaped)] };
}
