// Knowledge folder → engine, for the command-line tools: either a ready engine or the problems.
import { loadKnowledge } from "../knowledge/load.js";
import { formatProblem } from "../knowledge/model.js";
import { createEngine } from "./engine.js";
import type { Engine } from "./types.js";

export type EngineLoad = { ok: true; engine: Engine } | { ok: false; problems: string[] };

export async function loadEngine(dir: string): Promise<EngineLoad> {
  const result = await loadKnowledge(dir);
  if (!result.ok) return { ok: false, problems: result.problems.map(formatProblem) };
  return { ok: true, engine: createEngine(result.model) };
}
