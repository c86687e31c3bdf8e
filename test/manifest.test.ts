// manifest.yml against Slack's official manifest schema (draft-07), with ajv. The invalid sample
// must fail, so the validator is known to be doing its job.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = path.resolve(import.meta.dirname, "..");
const vendor = path.resolve(root, "../shared/vendor/slack-manifest-schema");
const readJson = (file: string) => JSON.parse(readFileSync(path.join(vendor, file), "utf8"));

function validator() {
  // strict: false — Slack's schema uses a non-standard `regex` keyword next to standard ones.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(readJson("manifest.schema.1.0.0.json"));
}

const manifest = parse(readFileSync(path.join(root, "manifest.yml"), "utf8"));

describe("manifest.yml", () => {
  it("is valid against Slack's manifest schema", () => {
    const validate = validator();
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("the validator is real: Slack's valid sample passes and its invalid sample fails", () => {
    const validate = validator();
    expect(validate(readJson("manifest.valid.json"))).toBe(true);
    expect(validate(readJson("manifest.invalid.json"))).toBe(false);
    expect(JSON.stringify(validate.errors)).toContain("bad_param");
  });

  it("declares /focalpoint with a usage hint", () => {
    const commands = manifest.features.slash_commands;
    expect(commands).toHaveLength(1);
    expect(commands[0].command).toBe("/focalpoint");
    expect(commands[0].usage_hint.length).toBeGreaterThan(0);
  });

  it("subscribes to exactly the events the app handles, with no more scopes than needed", () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([
      "app_home_opened",
      "app_mention",
      "message.im",
    ]);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      "app_mentions:read",
      "chat:write",
      "commands",
      "im:history",
    ]);
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
  });

  it("turns on interactivity, Socket Mode, the bot user and both App Home tabs", () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.bot_user.display_name).toBe("Focal Point");
    expect(manifest.features.app_home).toEqual({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
  });
});
