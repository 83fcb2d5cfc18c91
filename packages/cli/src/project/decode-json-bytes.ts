import { isUtf8 } from "node:buffer";
import type { Problem } from "@nrs/core";
import { encodingProblem } from "./encoding-problem.js";
import { offsetToPosition } from "./json-locator.js";

/** The largest JSON document of a project `nrs` reads (50 MiB): beyond it, it is not a project file. */
export const MAX_JSON_BYTES = 50 * 1024 * 1024;

/** The text of a JSON document, or the problem of its first byte that is not UTF-8 (at its line and column). */
export function decodeJsonBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: Problem } {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  if (isUtf8(bytes)) return { ok: true, text };
  return { ok: false, problem: encodingProblem(offsetToPosition(text, Math.max(0, text.indexOf("\uFFFD")))) };
}
