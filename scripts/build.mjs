// `npm run build`: bundles each entry point (the app and the four CLIs) with esbuild into one
// ES module in dist/. A bundle loads in about 0.17 s where the same code from tsc's one-file-per-
// module output took 0.24 s (node_modules resolved file by file) and tsx 0.4 s. better-sqlite3
// stays outside: its native module is loaded from node_modules at run time. Types are checked by
// `npm run typecheck`, not here, so that scripts/run.mjs can build on demand in under a second.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const distDir = path.join(root, "dist");
/** Written last by a build: dist/ is complete when it exists. */
export const stampFile = path.join(distDir, ".build-stamp");

export const ENTRIES = ["main", "cli/ask", "cli/kb-check", "cli/eval", "cli/kb-gaps"];

/**
 * Worker threads' entry files, built beside the bundle that starts them: in dist/main.js,
 * load-in-worker.ts's `new URL("./load-worker.js", import.meta.url)` is dist/load-worker.js.
 */
export const WORKERS = { "load-worker": "src/ops/load-worker.ts" };

/**
 * Loaded from node_modules at run time, not bundled: better-sqlite3 (native code), the word
 * lists (7 MB of JSON the engine reads only when a question has a word it cannot explain) and the
 * country names (read only when a claim names a place the knowledge lacks).
 */
export const EXTERNAL = [
  "better-sqlite3",
  "an-array-of-english-words",
  "an-array-of-french-words",
  "i18n-iso-countries",
];

/** Data files the bundles read at run time, copied beside them: the question vocabulary. */
const DATA = [{ from: "src/answer/lexicon", to: "lexicon", ext: ".yml" }];

/**
 * Builds every entry. Files are written through a temporary name and renamed, so a process
 * starting while another builds never reads half a file. `clean` empties dist/ first.
 */
export async function build({ clean = false, quiet = false } = {}) {
  const { build: esbuild } = await import("esbuild");
  const started = Date.now();
  if (clean) fs.rmSync(distDir, { recursive: true, force: true });
  const result = await esbuild({
    ...bundleOptions(),
    entryPoints: {
      ...Object.fromEntries(ENTRIES.map((e) => [e, path.join("src", `${e}.ts`)])),
      ...WORKERS,
    },
    outdir: distDir,
  });
  writeOutputs(result.outputFiles);
  for (const d of DATA) {
    const out = path.join(distDir, d.to);
    fs.mkdirSync(out, { recursive: true });
    for (const name of fs.readdirSync(path.join(root, d.from))) {
      if (name.endsWith(d.ext))
        fs.copyFileSync(path.join(root, d.from, name), path.join(out, name));
    }
  }
  fs.writeFileSync(stampFile, `${new Date().toISOString()}\n`);
  if (!quiet) {
    process.stderr.write(
      `build: ${ENTRIES.length} entries and ${Object.keys(WORKERS).length} worker in dist/ (${Date.now() - started} ms)\n`,
    );
  }
}

/**
 * esbuild's options for every bundle the project runs (the app, the CLIs, the engine benchmark):
 * the benchmark times the code production runs.
 */
export function bundleOptions() {
  return {
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    external: EXTERNAL,
    // Bundled CommonJS packages (Bolt, axios, ws…) still call require() for Node's built-ins.
    banner: {
      js: "import { createRequire as __fpCreateRequire } from 'node:module'; const require = __fpCreateRequire(import.meta.url);",
    },
    sourcemap: "linked",
    legalComments: "linked",
    write: false,
    logLevel: "warning",
  };
}

/** Writes esbuild's output files, each through a temporary name and a rename. */
export function writeOutputs(outputFiles) {
  for (const file of outputFiles) {
    fs.mkdirSync(path.dirname(file.path), { recursive: true });
    const tmp = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, file.contents);
    fs.renameSync(tmp, file.path);
  }
}

/** The newest modification time among the files a build reads. */
function newestSource() {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith(".ts") || entry.name.endsWith(".yml"))
        newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  visit(path.join(root, "src"));
  for (const file of ["package-lock.json", "scripts/build.mjs"]) {
    const full = path.join(root, file);
    if (fs.existsSync(full)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** "missing", "stale" (sources changed since the last build) or "fresh". */
export function buildState() {
  if (!fs.existsSync(stampFile)) return "missing";
  if (!fs.existsSync(path.join(root, "src"))) return "fresh"; // a deployment without sources
  return newestSource() > fs.statSync(stampFile).mtimeMs ? "stale" : "fresh";
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  build({ clean: true }).catch((error) => {
    process.stderr.write(`build failed: ${error instanceof Error ? error.message : error}\n`);
    process.exitCode = 1;
  });
}
