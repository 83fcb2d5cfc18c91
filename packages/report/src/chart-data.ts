// What a chart draws, independent of how: the SVG functions draw it for HTML, the DOCX writer as a
// native Word chart, and Markdown writes it as a table (the text fallback of every format).

/** One series of a chart: a name (legend) and one value per category (`null`: no value). */
export interface ChartSeriesData {
  readonly name: string;
  readonly values: readonly (number | null)[];
  /** `#rrggbb` colour of the series. */
  readonly color: string;
  /** `#rrggbb` colour of single bars (a status, say), in the order of the categories. */
  readonly colors?: readonly (string | undefined)[] | undefined;
}

/**
 * The figures of a chart. `kind` says how the formats that draw natively draw it: `bar` (horizontal
 * bars, one series or stacked series) or `line` (categories are years).
 */
export interface ChartData {
  readonly kind: "bar" | "stacked-bar" | "line";
  readonly title: string;
  /** Unit of the values (axis title). */
  readonly unit: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeriesData[];
  /** The values as the document writes them (locale format, rounded for publication), `[category][series]`. */
  readonly labels: readonly (readonly string[])[];
  /** Value axis range, when the figures have a natural one (a share of the way, 0 to 120 %). */
  readonly range?: { readonly min: number; readonly max: number } | undefined;
  /** Extra text per category written after its values (a status, say). */
  readonly notes?: readonly string[] | undefined;
  /** What the notes are (a column title): « Total », « Détail »… */
  readonly notesLabel?: string | undefined;
}
