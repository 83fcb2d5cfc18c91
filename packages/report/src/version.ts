/**
 * Version of `@nrs/report`, written into every provenance block (a test keeps it equal to package.json,
 * so it cannot drift when changesets bumps the package).
 *
 * @example
 * ```ts
 * import { REPORT_VERSION } from "@nrs/report";
 * console.log(REPORT_VERSION);
 * ```
 */
export const REPORT_VERSION = "0.1.0";
