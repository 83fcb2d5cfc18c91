import * as z from "zod/mini";
import { zNonNegativeDecimalString } from "@nrs/core";

/**
 * The means the strategy commits (« Elle détermine les moyens d'y satisfaire », CGCT art.
 * D. 2311-15-1): a budget in euros over the strategy's period, staff in full-time equivalent, and
 * other means in words.
 *
 * @example
 * ```ts
 * import { MoyensSchema } from "@nrs/model";
 * const r = MoyensSchema.safeParse({ budgetEuros: "450000", etp: 2.5, autres: ["Réseau de 40 ambassadeurs"] });
 * if (r.success) console.log(r.data.etp); // "2.5"
 * ```
 */
export const MoyensSchema = z.strictObject({
  /** Budget in euros over the strategy's period. */
  budgetEuros: z.optional(zNonNegativeDecimalString),
  /** Staff in full-time equivalent. */
  etp: z.optional(zNonNegativeDecimalString),
  /** Other means, in words. */
  autres: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Notes on the means. */
  description: z.optional(z.string()),
});

/**
 * Parsed means (amounts are canonical decimal strings).
 *
 * @example
 * ```ts
 * import type { Moyens } from "@nrs/model";
 * const f = (m: Moyens): string => m.budgetEuros ?? "—";
 * console.log(typeof f); // "function"
 * ```
 */
export type Moyens = z.output<typeof MoyensSchema>;
