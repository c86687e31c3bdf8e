// Long builds written once as generators that `yield` between small steps, then run either in one
// go (a cold start, the CLI) or in slices that give the event loop back every few milliseconds (a
// running bot's reload): the same code, so the same result, whichever way it ran.

/** A build that yields between steps and returns its result. */
export type Steps<T> = Generator<void, T, void>;

let ticks = 0;

/**
 * True once every 64 calls: `if (due()) yield;` in a loop of tiny steps. A yield allocates, and a
 * few microseconds of work are not worth checking the clock for.
 */
export function due(): boolean {
  ticks = (ticks + 1) & 63;
  return ticks === 0;
}

/** Runs every step at once. */
export function runSteps<T>(steps: Steps<T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/** Runs the steps, letting waiting callbacks (questions) through every `sliceMs` of work. */
export async function runStepsSliced<T>(steps: Steps<T>, sliceMs = 8): Promise<T> {
  let started = performance.now();
  let r = steps.next();
  while (!r.done) {
    if (performance.now() - started >= sliceMs) {
      await new Promise((resolve) => setImmediate(resolve));
      started = performance.now();
    }
    r = steps.next();
  }
  return r.value;
}
