// `npm run kb:check [-- --dir PATH]`: validates the knowledge folder for a knowledge officer.
// Exit 0 with a one-line summary, 1 with one `file:line:col: message` line per problem,
// 2 for a bad command line.

import { codeLabel } from "../knowledge/codes.js";
import { loadKnowledge } from "../knowledge/load.js";
import type { KnowledgeModel } from "../knowledge/model.js";
import { problemReport } from "../knowledge/report.js";
import { knowledgeDirOf } from "./knowledge-dir.js";

const USAGE = `Usage: npm run kb:check [-- --dir PATH]

Checks every *.yml / *.yaml file in the knowledge folder and reports each problem
as file:line:col: CODE name: message (the first 50, then a count per kind).
Problem codes are explained in knowledge/README.md.

Options:
  --dir PATH   knowledge folder to check (default: KNOWLEDGE_DIR or ./knowledge)
  -h, --help   show this help
`;

type Parsed = { help: true } | { help: false; dir?: string } | { error: string };

function parseArgs(argv: readonly string[]): Parsed {
  let dir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "-h" || arg === "--help") return { help: true };
    if (arg === "--dir") {
      const next = argv[i + 1];
      if (next === undefined || next === "") return { error: "--dir needs a folder path" };
      dir = next;
      i++;
    } else if (arg.startsWith("--dir=")) {
      dir = arg.slice("--dir=".length);
      if (dir === "") return { error: "--dir needs a folder path" };
    } else {
      return { error: `unknown option '${arg}'` };
    }
  }
  return { help: false, dir };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function summary(model: KnowledgeModel): string {
  const parts = [
    plural(model.entities.size, "entity", "entities"),
    plural(model.activities.size, "activity", "activities"),
    plural(model.memberships.size, "membership", "memberships"),
    plural(model.resources.size, "resource", "resources"),
    plural(model.terms.size, "term", "terms"),
    plural(model.examples.size, "example", "examples"),
    plural(model.sources.size, "source", "sources"),
  ];
  // Only folders that use them hear about people and declared roles.
  if (model.people.size > 0) parts.splice(1, 0, plural(model.people.size, "person", "people"));
  const declared = [...model.roles.values()].filter((r) => !r.builtIn).length;
  if (declared > 0) parts.push(plural(declared, "declared role", "declared roles"));
  const files = plural(model.files.length, "file", "files");
  return `knowledge OK: ${parts.join(", ")} (${files}, version ${model.version})`;
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if ("error" in args) {
    process.stderr.write(`kb:check: ${args.error}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const dir = knowledgeDirOf(args.dir);
  if (dir === undefined) return 2;
  const result = await loadKnowledge(dir);
  if (!result.ok) {
    for (const line of problemReport(result.problems)) process.stdout.write(`${line}\n`);
    const n = result.problems.length;
    process.stderr.write(`kb:check: ${plural(n, "problem", "problems")} found\n`);
    return 1;
  }
  for (const w of result.warnings) {
    process.stdout.write(
      `${w.file}:${w.line}:${w.col}: warning: ${codeLabel(w.code)}: ${w.message}\n`,
    );
  }
  process.stdout.write(`${summary(result.model)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`kb:check failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
