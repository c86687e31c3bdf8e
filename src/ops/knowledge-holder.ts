// Holds the engine serving right now and swaps in a new one when the knowledge folder changes.
// A swap is one assignment: a question already being answered keeps the engine it started with,
// the next question gets the new one. A bad edit never replaces good knowledge: the problems are
// logged and kept for the health endpoint until an edit loads cleanly again.
import { createEngineAsync } from "../answer/engine.js";
import type { Engine } from "../answer/types.js";
import { loadKnowledge } from "../knowledge/load.js";
import {
  formatProblem,
  type KnowledgeModel,
  type KnowledgeProblem,
  type LoadResult,
} from "../knowledge/model.js";
import { problemReport } from "../knowledge/report.js";
import { type DirWatcher, watchDirectory } from "./dir-watcher.js";
import { type OpsLogger, silentLogger } from "./logger.js";
import { type WarmUpOptions, warmUp } from "./warm-up.js";

export interface KnowledgeCounts {
  entities: number;
  activities: number;
  memberships: number;
  resources: number;
  terms: number;
  examples: number;
  sources: number;
}

export interface ReloadError {
  at: Date;
  /** `file:line:col: message`, at most `maxProblems` of them. */
  problems: string[];
  /** How many problems there were in all. */
  total: number;
}

export interface KnowledgeStatus {
  version: string;
  loadedAt: Date;
  files: number;
  counts: KnowledgeCounts;
  /** Successful reloads that changed the knowledge since start. */
  reloads: number;
  /** Reloads that failed and kept the previous knowledge. */
  failedReloads: number;
  /** Set while the files on disk do not load; cleared by the next good load. */
  lastError?: ReloadError;
  watching: boolean;
}

export interface KnowledgeHolderOptions {
  dir: string;
  /** Defaults to loadKnowledge. */
  load?: (dir: string) => Promise<LoadResult>;
  /** Defaults to createEngineAsync (the index is built in slices between questions). */
  build?: (model: KnowledgeModel) => Engine | Promise<Engine>;
  logger?: OpsLogger;
  /** Quiet time after the last file event before reloading (default 250 ms). */
  debounceMs?: number;
  /** Problems kept for the health report. Default 50. */
  maxProblems?: number;
  /** Problems logged in full per failed reload, then a count per code. Default 50. */
  maxLogged?: number;
  /**
   * Before a new engine is swapped in, the questions asked most recently are asked of it (see
   * warm-up.ts). `false` swaps it in cold.
   */
  warm?: WarmUpOptions | false;
  /** Called after every reload attempt (metrics, tests). */
  onReload?: (result: { ok: boolean; changed: boolean; status: KnowledgeStatus }) => void;
}

export interface KnowledgeHolder {
  /** The engine serving right now. Take it once per question. */
  engine(): Engine;
  status(): KnowledgeStatus;
  /** Loads the folder again; resolves true when the current files are what is serving. */
  reload(): Promise<boolean>;
  /** Starts watching the folder (idempotent). */
  watch(): void;
  close(): void;
}

/** The first load failed: there is no knowledge to serve. */
export class KnowledgeLoadError extends Error {
  constructor(
    readonly dir: string,
    readonly problems: string[],
  ) {
    super(`Knowledge in ${dir} does not load:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "KnowledgeLoadError";
  }
}

export function countRecords(model: KnowledgeModel): KnowledgeCounts {
  return {
    entities: model.entities.size,
    activities: model.activities.size,
    memberships: model.memberships.size,
    resources: model.resources.size,
    terms: model.terms.size,
    examples: model.examples.size,
    sources: model.sources.size,
  };
}

type Attempt =
  | { ok: true; engine: Engine; warnings: readonly KnowledgeProblem[] }
  | { ok: false; problems: string[]; report: string[] };

async function attempt(options: KnowledgeHolderOptions): Promise<Attempt> {
  try {
    const result = await (options.load ?? loadKnowledge)(options.dir);
    if (!result.ok) {
      const problems = result.problems.map(formatProblem);
      return { ok: false, problems, report: problemReport(result.problems, options.maxLogged) };
    }
    const build = options.build ?? createEngineAsync;
    // Let waiting questions through between building the model and building the engine: the
    // main-thread part of a reload comes in two shorter pieces instead of one long one.
    await new Promise((resolve) => setImmediate(resolve));
    return { ok: true, engine: await build(result.model), warnings: result.warnings };
  } catch (error) {
    // A loader or engine bug must not take the bot down either: report it like a problem.
    const line = `${options.dir}:1:1: ${(error as Error)?.message ?? error}`;
    return { ok: false, problems: [line], report: [line] };
  }
}

export async function createKnowledgeHolder(
  options: KnowledgeHolderOptions,
): Promise<KnowledgeHolder> {
  const logger = options.logger ?? silentLogger;
  const maxProblems = options.maxProblems ?? 50;
  const first = await attempt(options);
  if (!first.ok) throw new KnowledgeLoadError(options.dir, first.problems);
  for (const w of first.warnings) logger.warn(`knowledge: ${formatProblem(w)}`);

  let current = first.engine;
  let reloads = 0;
  let failedReloads = 0;
  let lastError: ReloadError | undefined;
  let watcher: DirWatcher | undefined;
  let closed = false;
  let running: Promise<boolean> | undefined;
  let queued: Promise<boolean> | undefined;

  function status(): KnowledgeStatus {
    const model = current.model;
    return {
      version: model.version,
      loadedAt: model.loadedAt,
      files: model.files.length,
      counts: countRecords(model),
      reloads,
      failedReloads,
      ...(lastError ? { lastError } : {}),
      watching: watcher !== undefined,
    };
  }

  async function runOnce(): Promise<boolean> {
    const result = await attempt(options);
    if (closed) return result.ok;
    let changed = false;
    if (result.ok) {
      const recovered = lastError !== undefined;
      lastError = undefined;
      if (result.engine.model.version !== current.model.version) {
        const from = current.model.version;
        if (options.warm !== false) {
          const started = performance.now();
          const warmed = await warmUp(result.engine, current, options.warm);
          if (closed) return true;
          if (warmed > 0)
            logger.info(
              `knowledge: ${warmed} recent question(s) asked of the new version first (${Math.round(performance.now() - started)} ms)`,
            );
        }
        current = result.engine; // the atomic swap
        reloads++;
        changed = true;
        for (const w of result.warnings) logger.warn(`knowledge: ${formatProblem(w)}`);
        logger.info(`knowledge: reloaded ${from} → ${current.model.version}`);
      } else if (recovered) {
        logger.info(`knowledge: files load cleanly again (version ${current.model.version})`);
      }
    } else {
      failedReloads++;
      lastError = {
        at: new Date(),
        problems: result.problems.slice(0, maxProblems),
        total: result.problems.length,
      };
      logger.error(
        `knowledge: reload failed with ${result.problems.length} problem(s); still serving ${current.model.version}`,
      );
      // The first 50 in full, then a count per code: one bad save must not flood the log.
      for (const line of result.report) logger.error(line);
    }
    options.onReload?.({ ok: result.ok, changed, status: status() });
    return result.ok;
  }

  // Reloads never overlap: a request during a reload queues exactly one more, which reads the
  // files after the change that triggered it; further requests join that queued one.
  function reload(): Promise<boolean> {
    if (!running) {
      running = runOnce().finally(() => {
        running = undefined;
      });
      return running;
    }
    queued ??= running.then(() => {
      queued = undefined;
      return reload();
    });
    return queued;
  }

  return {
    engine: () => current,
    status,
    reload,
    watch() {
      if (watcher || closed) return;
      watcher = watchDirectory(options.dir, () => void reload(), {
        logger,
        debounceMs: options.debounceMs ?? 250,
      });
      logger.info(`knowledge: watching ${options.dir} for changes`);
    },
    close() {
      closed = true;
      watcher?.close();
      watcher = undefined;
    },
  };
}
