// Start-up's first call to Slack, made before Bolt's own: a token Slack rejects fails at once,
// naming the variable and what to do; an unreachable Slack API is retried only for a bounded time
// (SLACK_STARTUP_TIMEOUT), then start-up fails naming SLACK_API_URL and the network. Bolt's
// client would otherwise retry for about 30 minutes, printing only "fetch failed".
import { type Logger, webApi } from "@slack/bolt";

/** A start-up failure a person can act on; main.ts prints the message and exits 1. */
export class StartupError extends Error {
  constructor(
    readonly code: "token_rejected" | "slack_unreachable",
    message: string,
  ) {
    super(message);
    this.name = "StartupError";
  }
}

export interface TokenCheck {
  /** The variable the token came from, named in every message. */
  variable: "SLACK_BOT_TOKEN" | "SLACK_APP_TOKEN";
  token: string;
  /** auth.test for a bot token; apps.connections.open is the only call an app token allows. */
  method: "auth.test" | "apps.connections.open";
  /** The base URL calls go to (SLACK_API_URL or Slack's). */
  apiUrl: string;
  timeoutMs: number;
  logger: Logger;
}

/** Where each token is found again in the app settings. */
const WHERE: Record<TokenCheck["variable"], string> = {
  SLACK_BOT_TOKEN: "the Bot User OAuth Token (xoxb-...) on the app's Install App page",
  SLACK_APP_TOKEN: "the app-level token (xapp-...) under Basic Information → App-Level Tokens",
};

/** Slack's answers that mean the token itself is wrong: retrying cannot help. */
function rejection(variable: TokenCheck["variable"], error: string): string | undefined {
  const where = WHERE[variable];
  switch (error) {
    case "invalid_auth":
    case "not_authed":
      return `Slack does not accept it (${error}): copy ${where} again, all of it.`;
    case "account_inactive":
      return `its app or workspace is inactive (${error}): reinstall the app to the workspace, then copy ${where}.`;
    case "token_revoked":
    case "token_expired":
      return `the token was revoked (${error}): reinstall the app to the workspace, then copy ${where}.`;
    case "not_allowed_token_type":
      return `it is the wrong kind of token (${error}): copy ${where}.`;
    default:
      return undefined;
  }
}

/** The StartupError for a token Slack answered `slackError` to. */
export function tokenRejected(
  variable: TokenCheck["variable"],
  method: string,
  slackError: string,
): StartupError {
  return new StartupError(
    "token_rejected",
    `${variable} was rejected by Slack: ${rejection(variable, slackError) ?? `${method} answered '${slackError}'.`}`,
  );
}

/** Slack's error string when `error` is an answer from Slack ({ok:false}), else undefined. */
export function platformError(error: unknown): string | undefined {
  if ((error as { code?: string }).code !== webApi.ErrorCode.PlatformError) return undefined;
  return String((error as webApi.WebAPIPlatformError).data.error);
}

function describeCause(error: unknown): string {
  const e = error as {
    original?: { message?: string; cause?: { code?: string; message?: string } };
    message?: string;
  };
  // fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND…) is in its cause.
  const text = e.original?.message ?? e.message ?? String(error);
  const cause = e.original?.cause?.code ?? e.original?.cause?.message;
  return cause && !text.includes(cause) ? `${text}: ${cause}` : text;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls `method` with the token until Slack answers; throws StartupError when it cannot. */
export async function checkToken(check: TokenCheck): Promise<webApi.WebAPICallResult> {
  const { variable, method, apiUrl, timeoutMs, logger } = check;
  const deadline = Date.now() + timeoutMs;
  let delay = 500;
  for (let attempt = 1; ; attempt++) {
    // Retries are ours (bounded); the client's own would run for half an hour.
    const client = new webApi.WebClient(check.token, {
      slackApiUrl: apiUrl,
      logger,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: Math.max(1_000, Math.min(10_000, deadline - Date.now())),
    });
    try {
      return await client.apiCall(method);
    } catch (error) {
      const slackError = platformError(error);
      if (slackError !== undefined) throw tokenRejected(variable, method, slackError);
      const cause = describeCause(error);
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new StartupError(
          "slack_unreachable",
          `Could not reach the Slack API at ${apiUrl} (SLACK_API_URL) within ${Math.round(timeoutMs / 1000)} s ` +
            `(${attempt} attempts; last error: ${cause}). Check that this machine can reach it over the ` +
            "network (proxy, firewall, DNS), or correct SLACK_API_URL.",
        );
      }
      logger.warn(
        `Slack API at ${apiUrl} not reachable (${cause}); retrying for up to ${Math.ceil(remaining / 1000)} s`,
      );
      await sleep(Math.min(delay, remaining));
      delay = Math.min(delay * 2, 5_000);
    }
  }
}
