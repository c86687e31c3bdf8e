// Builds requests exactly as Slack sends them to an HTTP app: signed with the signing secret
// (v0:timestamp:body, HMAC-SHA256 → x-slack-signature, x-slack-request-timestamp), as
// form-encoded slash commands and interactive payloads, or JSON Events API callbacks.
import { createHmac } from "node:crypto";

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface PostOptions {
  /** Signing secret; omit `secret` and `signature` to send no signature headers at all. */
  secret?: string;
  /** Override the signature (bad signature tests). */
  signature?: string;
  /** Seconds since epoch; defaults to now (stale tests pass an old one). */
  timestamp?: number;
  headers?: Record<string, string>;
  contentType?: string;
}

export interface PostResult {
  status: number;
  body: string;
}

export async function postToSlackApp(
  url: string,
  body: string,
  options: PostOptions,
): Promise<PostResult> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": options.contentType ?? "application/json",
    ...options.headers,
  };
  const signature =
    options.signature ?? (options.secret ? sign(options.secret, timestamp, body) : undefined);
  if (signature !== undefined) {
    headers["x-slack-signature"] = signature;
    headers["x-slack-request-timestamp"] = String(timestamp);
  }
  const res = await fetch(url, { method: "POST", headers, body });
  return { status: res.status, body: await res.text() };
}

export const FORM = "application/x-www-form-urlencoded";

export interface SlashOptions {
  text: string;
  user?: string;
  channel?: string;
  responseUrl: string;
  command?: string;
}

export function slashCommandBody(o: SlashOptions): string {
  return new URLSearchParams({
    token: "legacy-verification-token",
    team_id: "T1",
    team_domain: "example",
    channel_id: o.channel ?? "C1",
    channel_name: "general",
    user_id: o.user ?? "U1",
    user_name: "asker",
    command: o.command ?? "/focalpoint",
    text: o.text,
    api_app_id: "A1",
    is_enterprise_install: "false",
    response_url: o.responseUrl,
    trigger_id: "123.456.abc",
  }).toString();
}

export function slashCommandPayload(o: SlashOptions): Record<string, unknown> {
  return Object.fromEntries(new URLSearchParams(slashCommandBody(o)));
}

let eventCounter = 0;

export function eventCallback(
  event: Record<string, unknown>,
  eventId = `Ev${++eventCounter}${Date.now()}`,
) {
  return {
    token: "legacy-verification-token",
    team_id: "T1",
    api_app_id: "A1",
    event: { event_ts: event.ts, ...event },
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      { team_id: "T1", user_id: "UBOT", is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
  };
}

export interface ButtonClick {
  actionId: string;
  value: string;
  user?: string;
  channel?: string;
  responseUrl: string;
  ephemeral?: boolean;
  messageTs?: string;
  threadTs?: string;
}

export function blockActionsPayload(c: ButtonClick): Record<string, unknown> {
  const messageTs = c.messageTs ?? "1700000000.000100";
  const channel = c.channel ?? "C1";
  return {
    type: "block_actions",
    user: { id: c.user ?? "U1", username: "asker", team_id: "T1" },
    api_app_id: "A1",
    token: "legacy-verification-token",
    container: {
      type: "message",
      message_ts: messageTs,
      channel_id: channel,
      is_ephemeral: c.ephemeral ?? true,
    },
    trigger_id: "123.456.abc",
    team: { id: "T1", domain: "example" },
    channel: { id: channel, name: "general" },
    ...(c.ephemeral === false
      ? {
          message: {
            type: "message",
            ts: messageTs,
            text: "answer",
            ...(c.threadTs ? { thread_ts: c.threadTs } : {}),
          },
        }
      : {}),
    response_url: c.responseUrl,
    actions: [
      {
        action_id: c.actionId,
        block_id: "b1",
        text: { type: "plain_text", text: "button" },
        value: c.value,
        type: "button",
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}

export function blockActionsBody(c: ButtonClick): string {
  return new URLSearchParams({ payload: JSON.stringify(blockActionsPayload(c)) }).toString();
}
