// Counts the work in progress so shutdown can wait for it: a handler wraps its promise in
// `track`, shutdown calls `drain` and waits (bounded) until the count reaches zero.

export interface InFlight {
  /** Runs or follows `work` and counts it until it settles. Returns the same result. */
  track<T>(work: Promise<T> | (() => Promise<T>)): Promise<T>;
  /** Tasks not yet settled. */
  readonly size: number;
  /** True once `drain` has been called: callers may refuse new work. */
  readonly draining: boolean;
  /** Resolves true when every tracked task has settled, false if `timeoutMs` passed first. */
  drain(timeoutMs: number): Promise<boolean>;
}

export function createInFlight(): InFlight {
  let count = 0;
  let draining = false;
  const idleWaiters = new Set<() => void>();

  function settle(): void {
    count--;
    if (count === 0) for (const wake of [...idleWaiters]) wake();
  }

  return {
    track<T>(work: Promise<T> | (() => Promise<T>)): Promise<T> {
      count++;
      let promise: Promise<T>;
      try {
        promise = typeof work === "function" ? work() : work;
      } catch (error) {
        promise = Promise.reject(error);
      }
      return promise.finally(settle);
    },
    get size() {
      return count;
    },
    get draining() {
      return draining;
    },
    drain(timeoutMs) {
      draining = true;
      if (count === 0) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const done = (result: boolean) => {
          clearTimeout(timer);
          idleWaiters.delete(onIdle);
          resolve(result);
        };
        const onIdle = () => done(true);
        const timer = setTimeout(() => done(false), Math.max(0, timeoutMs));
        idleWaiters.add(onIdle);
      });
    },
  };
}
