// Graceful stop on SIGTERM / SIGINT, in three phases: stop taking new work (close servers and
// watchers), let work in flight finish (bounded; a timeout means exit 1), then close resources
// (the database). Every step is bounded too, so a hung close can never keep a container from
// stopping. A second signal
// while shutting down exits at once — unless it comes within a second of the first, which is
// usually the same Ctrl-C relayed by npm/tsx to the whole process group.
import type { InFlight } from "./in-flight.js";
import { type OpsLogger, silentLogger } from "./logger.js";

export interface ShutdownStep {
  name: string;
  run: () => unknown;
}

export interface ShutdownOptions {
  /** Phase 1, in order: stop accepting work (app.stop(), health server, knowledge watcher). */
  stop?: ShutdownStep[];
  /** Phase 2: work to wait for. */
  inFlight?: Pick<InFlight, "drain" | "size">;
  /** Longest wait for work in flight (default 5 s). */
  drainMs?: number;
  /** Phase 3, in order: release resources (database). */
  close?: ShutdownStep[];
  /** Longest wait for any one step (default 5 s). */
  stepTimeoutMs?: number;
  logger?: OpsLogger;
  /** Injected for tests; defaults to process.exit. */
  exit?: (code: number) => void;
  signals?: NodeJS.Signals[];
  /**
   * A repeated signal sooner than this after the first is ignored (default 1 s): npm and tsx
   * relay one Ctrl-C to the whole process group, so it often arrives twice.
   */
  repeatGraceMs?: number;
  /** Where to listen for signals; defaults to process. */
  target?: Pick<NodeJS.Process, "on" | "off">;
}

export interface ShutdownHandle {
  /** Runs the shutdown sequence (also what a signal triggers). Resolves with the exit code. */
  shutdown(reason?: string): Promise<number>;
  /** True once shutdown started. */
  readonly stopping: boolean;
  /** Removes the signal listeners. */
  uninstall(): void;
}

const TIMED_OUT = Symbol("timed out");

async function bounded(work: () => unknown, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([Promise.resolve().then(work), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function installShutdown(options: ShutdownOptions): ShutdownHandle {
  const logger = options.logger ?? silentLogger;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const target = options.target ?? process;
  const signals = options.signals ?? ["SIGTERM", "SIGINT"];
  const drainMs = options.drainMs ?? 5_000;
  const stepTimeoutMs = options.stepTimeoutMs ?? 5_000;
  let running: Promise<number> | undefined;
  let firstSignalAt = 0;

  async function runSteps(phase: string, steps: ShutdownStep[]): Promise<boolean> {
    let ok = true;
    for (const step of steps) {
      try {
        const result = await bounded(step.run, stepTimeoutMs);
        if (result === TIMED_OUT) {
          logger.warn(`shutdown: ${phase} '${step.name}' still running after ${stepTimeoutMs} ms`);
        }
      } catch (error) {
        ok = false;
        logger.error(`shutdown: ${phase} '${step.name}' failed:`, error);
      }
    }
    return ok;
  }

  async function sequence(reason: string): Promise<number> {
    logger.info(`shutdown: ${reason}; no longer taking new work`);
    const stopped = await runSteps("stop", options.stop ?? []);
    let drained = true;
    if (options.inFlight && options.inFlight.size > 0) {
      logger.info(`shutdown: waiting up to ${drainMs} ms for ${options.inFlight.size} task(s)`);
      drained = await options.inFlight.drain(drainMs);
      if (!drained) {
        logger.error(
          `shutdown: drain timed out after ${drainMs} ms with ${options.inFlight.size} answer(s) unfinished; stopping anyway`,
        );
      }
    }
    const closed = await runSteps("close", options.close ?? []);
    // Unfinished answers were lost: a supervisor should see that in the exit code.
    const code = stopped && closed && drained ? 0 : 1;
    logger.info(`shutdown: done (exit ${code})`);
    return code;
  }

  function shutdown(reason = "shutdown requested"): Promise<number> {
    running ??= sequence(reason).then((code) => {
      exit(code);
      return code;
    });
    return running;
  }

  function onSignal(signal: NodeJS.Signals): void {
    if (running) {
      if (Date.now() - firstSignalAt < (options.repeatGraceMs ?? 1_000)) return;
      logger.warn(`shutdown: second ${signal}; exiting now`);
      exit(1);
      return;
    }
    firstSignalAt = Date.now();
    void shutdown(`received ${signal}`);
  }

  for (const signal of signals) target.on(signal, onSignal);

  return {
    shutdown,
    get stopping() {
      return running !== undefined;
    },
    uninstall() {
      for (const signal of signals) target.off(signal, onSignal);
    },
  };
}
