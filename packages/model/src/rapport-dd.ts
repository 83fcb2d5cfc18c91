import * as z from "zod/mini";
import { zAnnee } from "./annee.js";
import { zDateIso } from "./date-iso.js";

/**
 * The rapport sur la situation en matière de développement durable (CGCT art. L. 2311-1-1) a bilan
 * annuel belongs to: the financial year whose budget it precedes, the date it was presented, and
 * optionally the date of the budget debate (it must come before it) and the deliberation taking note.
 *
 * @example
 * ```ts
 * import { RapportDdSchema } from "@nrs/model";
 * const r = RapportDdSchema.safeParse({ exerciceBudgetaire: 2025, datePresentation: "2025-02-06", dateDebatBudgetaire: "2025-02-27" });
 * console.log(r.success); // true
 * ```
 */
export const RapportDdSchema = z.strictObject({
  /** Financial year whose budget the report precedes. */
  exerciceBudgetaire: zAnnee,
  /** Date the report was presented. */
  datePresentation: zDateIso,
  /** Date of the budget debate (the report must come before it). */
  dateDebatBudgetaire: z.optional(zDateIso),
  /** Reference of the deliberation taking note of the report. */
  deliberation: z.optional(z.string().check(z.minLength(1))),
});

/**
 * A parsed rapport DD reference.
 *
 * @example
 * ```ts
 * import type { RapportDd } from "@nrs/model";
 * const f = (r: RapportDd): boolean => r.dateDebatBudgetaire === undefined || r.datePresentation <= r.dateDebatBudgetaire;
 * console.log(typeof f); // "function"
 * ```
 */
export type RapportDd = z.output<typeof RapportDdSchema>;
