// The Slack CLI's hooks (`slack run`, `slack manifest`…), named in .slack/hooks.json:
//   get-hooks     what this project offers the CLI (hooks, watch paths, protocol)
//   get-manifest  manifest.yml — the one source of truth — printed as the JSON the CLI reads
// The start hook is `npm start`'s own command (see hooks.json). @slack/cli-hooks is not used: its
// get-manifest reads only manifest.json and its start hook runs package.json `main` (there is no
// build before `npm run build`) and exits without waiting for the app to drain.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MESSAGE_BOUNDARIES = "message-boundaries";

/** `--name=value` or `--name value` from the arguments the CLI appends to a hook command. */
function option(args, name) {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === `--${name}`) return args[i + 1];
    if (args[i]?.startsWith(`--${name}=`)) return args[i].slice(name.length + 3);
  }
  return undefined;
}

/** Writes a hook's answer: between boundaries when the CLI asked for that protocol. */
function respond(args, data) {
  const boundary = option(args, "boundary");
  const text = JSON.stringify(data);
  if (option(args, "protocol") === MESSAGE_BOUNDARIES && boundary) {
    process.stdout.write(`${boundary}${text}${boundary}\n`);
  } else process.stdout.write(`${text}\n`);
}

export function hooksFile() {
  return JSON.parse(fs.readFileSync(path.join(root, ".slack", "hooks.json"), "utf8"));
}

export function getHooks() {
  return {
    hooks: hooksFile().hooks,
    config: {
      "protocol-version": [MESSAGE_BOUNDARIES],
      // The app opens its own Socket Mode connection with the tokens the CLI hands the start hook.
      "sdk-managed-connection-enabled": true,
      watch: {
        app: { "filter-regex": "\\.ts$", paths: ["src"] },
        manifest: { paths: ["manifest.yml"] },
      },
    },
    runtime: "node",
  };
}

export function getManifest() {
  return parse(fs.readFileSync(path.join(root, "manifest.yml"), "utf8"));
}

const [hook, ...args] = process.argv.slice(2);
if (hook === "get-hooks") respond(args, getHooks());
else if (hook === "get-manifest") respond(args, getManifest());
else {
  process.stderr.write(
    `usage: node scripts/slack-hooks.mjs <get-hooks|get-manifest> [--protocol=… --boundary=…]\n`,
  );
  process.exitCode = 2;
}
