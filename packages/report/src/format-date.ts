import { NrsError, msg, type Lang } from "@nrs/core";

const MONTHS = {
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
} as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/;

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
  const m = ISO_DATE.exec(iso);
  const month = m ? Number(m[2]) : 0;
  const day = m ? Number(m[3]) : 0;
  if (!m || month < 1 || month > 12 || day < 1 || day > 31) {
    throw new NrsError([
      {
        code: "NRS_REPORT_BAD_DATE",
        severity: "error",
        path: [],
        message: msg(`Date ISO attendue (AAAA-MM-JJ), reçu « ${iso} ».`, `ISO date expected (YYYY-MM-DD), got "${iso}".`),
      },
    ]);
  }
  const name = MONTHS[lang][month - 1]!;
  const dayText = lang === "fr" && day === 1 ? "1er" : String(day);
  return `${dayText}\u00A0${name} ${m[1]}`;
}
