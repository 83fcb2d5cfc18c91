/**
 * Lays out rows as a plain-text table: the first row is the header, text columns are left-aligned and
 * columns whose cells all look numeric are right-aligned.
 */
export function renderTable(rows: readonly (readonly string[])[]): string {
  const [header, ...body] = rows;
  if (!header) return "";
  const widths = header.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? "")].length)));
  const numeric = header.map((_, c) => body.length > 0 && body.every((r) => /^[-+]?[\d\s\u202f.,%]*$/.test(r[c] ?? "")));
  const line = (r: readonly string[]): string =>
    r
      .map((cell, c) => {
        const pad = " ".repeat((widths[c] ?? 0) - [...cell].length);
        return numeric[c] ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(header), rule, ...body.map(line)].join("\n");
}
