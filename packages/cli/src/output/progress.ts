import type { CliIo } from "../cli-io.js";

/** A progress indicator for long work (reading a large inventory). */
export interface Progress {
  /** Reports how much of `total` is done. Cheap to call often: redraws at most ten times a second. */
  update(done: number): void;
  /** Clears the bar. */
  finish(): void;
}

/**
 * A progress bar on standard error when it is a terminal, and nothing at all otherwise (a pipe, a file,
 * CI logs, `--quiet`), so that redirected output stays clean.
 */
export function createProgress(stderr: CliIo["stderr"], label: string, total: number, enabled = true): Progress {
  if (!enabled || stderr.isTTY !== true || !(total > 0)) return { update() {}, finish() {} };
  let last = 0;
  let drawn = false;
  const draw = (done: number): void => {
    const width = Math.max(10, Math.min(40, (stderr.columns ?? 80) - label.length - 12));
    const ratio = Math.min(1, Math.max(0, done / total));
    const filled = Math.round(ratio * width);
    stderr.write(`\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)} %`);
    drawn = true;
  };
  return {
    update(done) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      draw(done);
    },
    finish() {
      if (drawn) stderr.write("\r\u001b[2K");
    },
  };
}
