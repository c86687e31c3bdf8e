// `npm run eval -- FILE [--dir PATH]`: scores a question file (format of shared/eval/public.json),
// prints each failure and the closing line `N passed, N failed`; exit 1 if any failed.
import { readFile } from "node:fs/promises";
import { type EvalCase, EvalFile, formatReport, scoreCases } from "../answer/eval-cases.js";
import { loadEngine } from "../answer/load-engine.js";
import { loadCommonConfig } from "../config.js";

const USAGE = `Usage: npm run eval -- FILE [--dir PATH]

Scores every case of FILE (a JSON list of {id, question, answerable, expect}) against the
knowledge base and prints each failure, then "N passed, N failed".
`;

async function main(argv: readonly string[]): Promise<number> {
  let dir: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "-h" || a === "--help") {
      process.stdout.write(USAGE);
      return 0;
    }
    if (a === "--dir") {
      dir = argv[++i];
      if (!dir) {
        process.stderr.write(`eval: --dir needs a folder path\n\n${USAGE}`);
        return 2;
      }
    } else if (a.startsWith("--dir=")) dir = a.slice(6);
    else if (a.startsWith("--")) {
      process.stderr.write(`eval: unknown option '${a}'\n\n${USAGE}`);
      return 2;
    } else files.push(a);
  }
  const [file] = files;
  if (!file || files.length > 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  let cases: EvalCase[];
  try {
    const parsed = EvalFile.safeParse(JSON.parse(await readFile(file, "utf8")));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      process.stderr.write(
        `eval: ${file}: ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}\n`,
      );
      return 2;
    }
    cases = parsed.data;
  } catch (err) {
    process.stderr.write(
      `eval: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return 2;
  }
  if (dir === undefined) dir = loadCommonConfig().knowledgeDir;
  const loaded = await loadEngine(dir);
  if (!loaded.ok) {
    for (const p of loaded.problems) process.stderr.write(`${p}\n`);
    return 1;
  }
  const results = scoreCases(loaded.engine, cases);
  process.stdout.write(`${formatReport(results)}\n`);
  return results.every((r) => r.passed) ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`eval failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
