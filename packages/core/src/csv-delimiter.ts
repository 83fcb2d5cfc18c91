import type { CsvDelimiter } from "./csv-row.js";

/**
 * Guesses the separator of a CSV header line: the most frequent of `;`, `,` and tab outside quotes
 * (`,` when there is none).
 *
 * @example
 * ```ts
 * import { detectDelimiter } from "@nrs/core";
 * console.log(detectDelimiter("type;quantite;date_acquisition")); // ";"
 * ```
 */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  let semi = 0;
  let comma = 0;
  let tab = 0;
  let quoted = false;
  for (let i = 0; i < headerLine.length; i++) {
    const c = headerLine.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted) {
      if (c === 59) semi++;
      else if (c === 44) comma++;
      else if (c === 9) tab++;
    }
  }
  if (semi >= comma && semi >= tab && semi > 0) return ";";
  if (tab > comma) return "\t";
  return ",";
}
