// Reading the tables of the documentation's Markdown pages, for the tests that check them against the code.

/** The lines from the heading `heading` (exact line, backticks aside: a heading that is only code is
 * written without them so that the site gives it an anchor) to the next heading. */
export function section(text: string, heading: string): string {
  const lines = text.split("\n");
  const bare = (l: string): string => l.trim().replace(/`/g, "");
  const start = lines.findIndex((l) => bare(l) === bare(heading));
  if (start < 0) throw new Error(`heading not found: ${heading}`);
  const end = lines.findIndex((l, i) => i > start && /^#+\s/.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join("\n");
}

/** Body rows (cells, trimmed) of every Markdown table of `text` whose first header cell is `firstHeader`. */
export function tableRows(text: string, firstHeader: string): string[][] {
  const rows: string[][] = [];
  let inTable = false;
  for (const line of text.split("\n")) {
    const t = line.trim();
    if (!t.startsWith("|")) {
      inTable = false;
      continue;
    }
    const cells = t
      .slice(1, t.endsWith("|") ? -1 : undefined)
      .split("|")
      .map((c) => c.trim());
    if (/^-+$/.test(cells[0] ?? "")) continue;
    if (!inTable && cells[0] === firstHeader) {
      inTable = true;
      continue;
    }
    if (inTable) rows.push(cells);
  }
  return rows;
}

/** The `code` spans of a table cell. */
export const spans = (cell: string | undefined): string[] => [...(cell ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);

export const sorted = (list: Iterable<string>): string[] => [...list].sort();
