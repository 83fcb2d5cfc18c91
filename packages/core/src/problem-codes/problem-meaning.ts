import type { Message } from "../message.js";

/**
 * What a problem code means, in French and English: the general sense, the messages of each problem
 * giving the particulars (file, value, limit).
 *
 * @example
 * ```ts
 * import { PROBLEM_CODES, type ProblemMeaning } from "@nrs/core";
 * const m: ProblemMeaning = PROBLEM_CODES.NRS_NEGATIVE;
 * console.log(m.en); // The value must not be negative.
 * ```
 */
export type ProblemMeaning = Message;

/** @internal */
export const meaning = (fr: string, en: string): ProblemMeaning => ({ fr, en });
