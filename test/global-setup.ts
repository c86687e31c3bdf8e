// Builds dist/ once before the suite: the production tests run the build (`node dist/main.js`,
// `npm start`), as an operator would. Takes about a second with esbuild.
import { execFileSync } from "node:child_process";
import path from "node:path";

export default function setup(): void {
  execFileSync(process.execPath, [path.resolve(import.meta.dirname, "../scripts/build.mjs")], {
    stdio: "inherit",
  });
}
