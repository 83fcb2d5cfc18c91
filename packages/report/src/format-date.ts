import { NrsError, parseIsoDay, problem, type Lang } from "@nrs/core";

const MONTHS = {
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
} as const;

// A longer ISO timestamp is cut to its day, which @nrs/core's parser reads.
const TIMESTAMP_TAIL = /T.*$/;

/**
 * Formats an ISO 8601 date (`YYYY-MM-DD`, a longer ISO timestamp is cut to its date) for people, without
 * `Intl` so the bytes never depend on the runtime: French `1er janvier 2025`, `28 novembre 2026`;
 * English `1 January 2025`. Throws an `NrsError` (`NRS_REPORT_BAD_DATE`) on anything else.
 *
 * @example
 * ```ts
 * import { formatDate } from "@nrs/report";
 * // A no-break space keeps the day with its month.
 * if (formatDate("2025-01-01", "fr") !== "1er\u00A0janvier 2025") throw new Error("fr");
 * console.log(formatDate("2026-11-28", "en")); // 28 November 2026
 * ```
 */
export function formatDate(iso: string, lang: Lang): string {
  const d = parseIsoDay(iso.replace(TIMESTAMP_TAIL, ""));
  if (d === undefined) {
    throw new NrsError([
      problem(
        "NRS_REPORT_BAD_DATE",
        [],
        `Date ISO attendue (AAAA-MM-JJ), reçu « ${iso} ».`,
        `ISO date expected (YYYY-MM-DD), got "${iso}".`,
      ),
    ]);
  }
  const name = MONTHS[lang][d.month - 1]!;
  const dayText = lang === "fr" && d.day === 1 ? "1er" : String(d.day);
  return `${dayText}\u00A0${name} ${String(d.year).padStart(4, "0")}`;
}
