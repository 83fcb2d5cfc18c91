export { html, escapeHtml, SafeHtml } from "./html.js";
export type { HtmlValue } from "./html.js";
export { formatNumber, formatQuantity, NBSP, NNBSP } from "./format-number.js";
export { num as formatPublished, qty as formatPublishedQuantity } from "./published-number.js";
export type { NumberFormatOptions } from "./format-number.js";
export { formatDate } from "./format-date.js";
export { sha256Hex, utf8Bytes } from "./sha256.js";
export { neutraliseCsvFormula, quoteCsvCell, writeCsv } from "./csv-writer.js";
export type { CsvColumn } from "./csv-writer.js";
export { tabularResource } from "./table-schema.js";
export type { TableSchemaField, TabularDataResource } from "./table-schema.js";
export { toOpenDataCsv, OPEN_DATA_FIELDS, OPEN_DATA_SCHEMA, OPEN_DATA_FREQUENCIES, OPEN_DATA_DATAVIZ } from "./open-data-csv.js";
export type { CsvExport, OpenDataRow } from "./open-data-csv.js";
export { toAgec58Csv, AGEC58_FIELDS, AGEC58_SCHEMA, AGEC58_CATEGORIES } from "./agec58-csv.js";
export type { Agec58Row, Agec58Category } from "./agec58-csv.js";
export { seriesChart, barChart } from "./svg-chart.js";
export type { Chart, SeriesChartInput, BarChartInput } from "./svg-chart.js";
export { PALETTE, contrastRatio } from "./styles.js";
export { escapeMarkdown } from "./escape-markdown.js";
export { provenanceOf } from "./provenance.js";
export type { Provenance } from "./provenance.js";
export { measureHtmlEcoIndex } from "./report-ecoindex.js";
export type { DocumentEcoIndex } from "./report-ecoindex.js";
export { REPORT_VERSION } from "./version.js";
export type {
  BilanReportInput,
  FactorCitation,
  FootprintCategory,
  FootprintChange,
  FootprintReport,
  TerritoryReport,
  ImpactCellInput,
  ImpactTableInput,
  IndicatorReport,
  RenderOptions,
  ReportFormat,
  StrategyReportInput,
  YearValue,
} from "./report-input.js";
export type { RenderedReport } from "./rendered-report.js";
export { renderBilan } from "./render-bilan.js";
export { renderStrategy } from "./render-strategy.js";
