import * as z from "zod/mini";
import { check, isIsoDay } from "@nrs/core";

/**
 * A calendar date written `YYYY-MM-DD` (ISO 8601), e.g. `"2024-12-31"`.
 *
 * @example
 * ```ts
 * import { isDateIso, type DateIso } from "@nrs/model";
 * const d: DateIso = "2025-01-01";
 * console.log(isDateIso(d)); // true
 * ```
 */
export type DateIso = string;

// The pattern the published JSON Schema gives; the calendar check is @nrs/core's isIsoDay.
// eslint-disable-next-line no-restricted-syntax -- the pattern the published JSON Schema gives (a schema has no function); the check itself is core's isIsoDay
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Tells whether a string is a real calendar date written `YYYY-MM-DD` (so `2023-02-29` is refused).
 *
 * @example
 * ```ts
 * import { isDateIso } from "@nrs/model";
 * if (!isDateIso("2024-02-29") || isDateIso("2023-02-29")) throw new Error("unexpected");
 * ```
 */
export function isDateIso(value: string): boolean {
  return isIsoDay(value);
}

/**
 * zod/mini schema for a {@link DateIso}; a bad date gives the code `NRS_INVALID_DATE`.
 *
 * @example
 * ```ts
 * import { zDateIso } from "@nrs/model";
 * console.log(zDateIso.safeParse("2025-01-01").success); // true
 * ```
 */
export const zDateIso = /* @__PURE__ */ dateIsoSchema();

// A function called under a pure annotation, so that bundlers drop the schema (and zod) from
// obligations() and the checks, which import isDateIso only.
function dateIsoSchema() {
  return z
    .string()
    .check(
      check(
        isDateIso,
        "NRS_INVALID_DATE",
        "Date attendue au format AAAA-MM-JJ (date réelle du calendrier).",
        "Expected a real calendar date written YYYY-MM-DD.",
      ),
    )
    .register(z.globalRegistry, { format: "date", pattern: DATE.source, description: "YYYY-MM-DD" });
}
