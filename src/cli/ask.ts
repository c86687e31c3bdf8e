// `npm run ask -- "question"`: the plain-text answer. `--json` prints one JSON object;
// `--jsonl` reads one question per stdin line and prints one JSON object per line.
// Exit 1 when the knowledge is invalid (problems on stderr), 2 for a bad command line.

import { createInterface } from "node:readline";
import { loadEngine } from "../answer/load-engine.js";
import { renderExplain } from "../render/explain.js";
import { renderJson } from "../render/json.js";
import { renderText } from "../render/text.js";
import { knowledgeDirOf } from "./knowledge-dir.js";

const USAGE = `Usage: npm run ask -- [--json] [--dir PATH] "question"
       npm run ask -- --jsonl [--dir PATH] < questions.txt

Answers a question from the knowledge base.

Options:
  --json       print one JSON object {answered, text, ...}
  --explain    also print each word's role, the top facts with scores, and why
  --jsonl      read one question per line on stdin, print one JSON object per line
  --dir PATH   knowledge folder (default: KNOWLEDGE_DIR or ./knowledge)
  -h, --help   show this help
`;

interface Args {
  mode: "text" | "json" | "jsonl";
  explain: boolean;
  dir?: string;
  question: string;
  help: boolean;
}

function parseArgs(argv: readonly string[]): Args | { error: string } {
  const args: Args = { mode: "text", explain: false, question: "", help: false };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--") {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (a === "-h" || a === "--help") args.help = true;
    else if (a === "--json") args.mode = args.mode === "jsonl" ? "jsonl" : "json";
    else if (a === "--jsonl") args.mode = "jsonl";
    else if (a === "--explain") args.explain = true;
    else if (a === "--dir") {
      const next = argv[++i];
      if (!next) return { error: "--dir needs a folder path" };
      args.dir = next;
    } else if (a.startsWith("--dir=")) args.dir = a.slice(6);
    else if (a.startsWith("--") && a.length > 2) return { error: `unknown option '${a}'` };
    else words.push(a);
  }
  args.question = words.join(" ").trim();
  return args;
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if ("error" in args) {
    process.stderr.write(`ask: ${args.error}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.mode !== "jsonl" && args.question === "") {
    process.stderr.write(USAGE);
    return 2;
  }
  const dir = knowledgeDirOf(args.dir);
  if (dir === undefined) return 2;
  const loaded = await loadEngine(dir);
  if (!loaded.ok) {
    for (const p of loaded.problems) process.stderr.write(`${p}\n`);
    return 1;
  }
  const { engine } = loaded;
  if (args.mode === "jsonl") {
    const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of rl) {
      if (line.trim() === "") continue;
      process.stdout.write(`${renderJson(engine.ask(line, { explain: args.explain }))}\n`);
    }
    return 0;
  }
  const answer = engine.ask(args.question, { explain: args.explain });
  process.stdout.write(`${args.mode === "json" ? renderJson(answer) : renderText(answer)}\n`);
  if (args.explain && args.mode === "text") process.stdout.write(`\n${renderExplain(answer)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`ask failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
