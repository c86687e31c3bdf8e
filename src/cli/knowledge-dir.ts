// The knowledge folder a command works on: `--dir PATH` when given, else KNOWLEDGE_DIR (through
// config.ts), else ./knowledge. A bad environment is reported on stderr; the caller exits 2.
import { loadCommonConfig } from "../config.js";

export function knowledgeDirOf(flag: string | undefined): string | undefined {
  if (flag !== undefined) return flag;
  try {
    return loadCommonConfig().knowledgeDir;
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    return undefined;
  }
}
