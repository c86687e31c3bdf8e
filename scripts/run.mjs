// Runs one entry point of the build in this very process: `node scripts/run.mjs main` (npm start)
// or `node scripts/run.mjs cli/ask -- ARGS` (the CLIs). When dist/ is missing or older than src/
// it builds first (esbuild, well under a second), so `npm run ask` works right after `npm ci`.
// The app is imported, not spawned: node stays the one process that receives SIGTERM/SIGINT.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build, buildState, distDir, ENTRIES } from "./build.mjs";

const [entry, ...args] = process.argv.slice(2);
if (!entry || !ENTRIES.includes(entry)) {
  process.stderr.write(`usage: node scripts/run.mjs <${ENTRIES.join("|")}> [args]\n`);
  process.exit(2);
}

const state = buildState();
if (state !== "fresh") {
  let esbuildMissing = false;
  try {
    await import("esbuild");
  } catch {
    esbuildMissing = true;
  }
  if (!esbuildMissing) {
    await build({ quiet: true });
  } else if (state === "missing") {
    process.stderr.write(
      "dist/ has no build and esbuild is not installed: run `npm ci && npm run build` first.\n",
    );
    process.exit(1);
  } else {
    process.stderr.write("warning: dist/ is older than src/; run `npm run build` to update it.\n");
  }
}

const target = path.join(distDir, `${entry}.js`);
if (!fs.existsSync(target)) {
  process.stderr.write(`${target} is missing: run \`npm run build\`.\n`);
  process.exit(1);
}
// The entry sees the arguments as if started as `node dist/<entry>.js ARGS`.
process.argv = [process.argv[0] ?? "node", target, ...args];
await import(pathToFileURL(target).href);
