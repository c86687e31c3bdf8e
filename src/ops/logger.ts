// The logging surface the operations modules need. Structural, so console, Bolt's logger or a
// test recorder all fit without an adapter.
export interface OpsLogger {
  info(...msg: unknown[]): void;
  warn(...msg: unknown[]): void;
  error(...msg: unknown[]): void;
}

/** Discards everything: the default when a caller does not care. */
export const silentLogger: OpsLogger = {
  info() {},
  warn() {},
  error() {},
};
