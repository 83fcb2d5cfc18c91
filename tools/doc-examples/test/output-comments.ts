import { formatWithOptions } from "node:util";

/** A `console.log(...); // expected` line of an example: its line in the example and the expected text. */
export interface OutputComment {
  readonly id: number;
  readonly line: number;
  readonly expected: string;
}

const LOG = "console.log(";
const END = "); //";

/**
 * Rewrites every one-line `console.log(...); // text` of an example into `__nrsLog(id, ...)`, so the
 * test can compare what the call prints with the comment. Other `console.log` calls are left alone.
 */
export function instrument(code: string): { readonly code: string; readonly comments: readonly OutputComment[] } {
  const comments: OutputComment[] = [];
  const lines = code.split("\n").map((l, i) => {
    const start = l.indexOf(LOG);
    const end = l.lastIndexOf(END);
    if (start < 0 || end < start) return l;
    const expected = l.slice(end + END.length).trim();
    if (expected === "") return l;
    const id = comments.length;
    comments.push({ id, line: i + 1, expected });
    return `${l.slice(0, start)}__nrsLog(${id}, ${l.slice(start + LOG.length)}`;
  });
  return { code: lines.join("\n"), comments };
}

/** What `console.log(...args)` prints, on one line whatever its length. */
export function printed(args: readonly unknown[]): string {
  return formatWithOptions({ depth: null, breakLength: Infinity, compact: true }, ...args);
}

/**
 * The form in which a comment and a printed text are compared: without white space and quotes. The docs
 * quote a string value (`"2.5"`, `["a", "b"]`, `{ "code": "X" }`) where `console.log` prints `2.5`,
 * `[ 'a', 'b' ]` and `{ code: 'X' }`; every other character must be the same.
 */
export function canonical(text: string): string {
  return text.replace(/[\s"']+/g, "");
}
