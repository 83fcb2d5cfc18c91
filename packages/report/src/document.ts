import type { Lang } from "@nrs/core";
import type { SafeHtml } from "./html.js";
import type { ChartData } from "./chart-data.js";

// The intermediate document every format is rendered from: composing (data → document) is done once,
// and the HTML and Markdown writers only decide how blocks look. Heading levels come from nesting, so
// a section can never skip a level. Every string here is plain text; writers escape it.

export interface TableColumn {
  readonly label: string;
  /** Right-aligned (numbers). */
  readonly numeric?: boolean;
  /** Holds long text (a list of criteria): writers that size columns give it the most room. */
  readonly wide?: boolean;
}

export interface TableRow {
  /** First cell, a row header (`th scope="row"`). */
  readonly header: string;
  readonly cells: readonly string[];
}

export type Block =
  | { readonly kind: "p"; readonly text: string }
  | { readonly kind: "dl"; readonly items: readonly (readonly [string, string])[] }
  | { readonly kind: "ul"; readonly items: readonly string[] }
  | {
      readonly kind: "table";
      readonly caption: string;
      /** The first column is the row-header column. */
      readonly columns: readonly TableColumn[];
      readonly rows: readonly TableRow[];
    }
  | {
      readonly kind: "chart";
      /** The SVG itself (already escaped, built by the chart functions). */
      readonly svg: SafeHtml;
      /** Visible caption written above the chart. */
      readonly caption: string;
      /** The text alternative (the SVG's accessible name). */
      readonly alt: string;
      /** The figures drawn, for the formats that draw the chart themselves (DOCX) or write it as a table (Markdown). */
      readonly data: ChartData;
    };

export interface Section {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
  readonly sections?: readonly Section[];
}

export interface ReportDocument {
  readonly lang: Lang;
  readonly title: string;
  readonly subtitle: string;
  readonly sections: readonly Section[];
}
