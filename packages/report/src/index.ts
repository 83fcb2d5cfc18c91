export { html, escapeHtml, SafeHtml } from "./html.js";
export type { HtmlValue } from "./html.js";
export { formatNumber, formatQuantity, NBSP, NNBSP } from "./format-number.js";
export { num as formatPublished, qty as formatPublishedQuantity } from "./published-number.js";
export type { NumberFormatOptions } from "./format-number.js";
export { formatDate } from "./format-date.js";
export { neutraliseCsvFormula, writeCsv } from "./csv-writer.js";
export type { CsvColumn } from "./csv-writer.js";
export { tabularResource } from "./table-schema.js";
export type { TableSchemaField, TabularDataResource } from "./table-schema.js";
export { toOpenDataCsv, OPEN_DATA_FIELDS, OPEN_DATA_SCHEMA } from "./open-data-csv.js";
export type { NationalSchema } from "./national-schema.js";
export type { SharedFootprintSplit } from "./compose-allocation.js";
export type { SharedIndicatorSplit } from "./compose-indicator-allocation.js";
export { NATIONAL_SCHEMAS, nationalSchema } from "./national-schemas.js";
export type { NationalExport } from "./national-schemas.js";
export {
  IMPACT_SERVICE_PUBLIC_NUMERIQUE_V0_5_0,
  OPEN_DATA_FREQUENCIES,
  OPEN_DATA_DATAVIZ,
  OPEN_DATA_INDICATOR_TYPES,
  OPEN_DATA_DENOM_INSEE,
} from "./schemas/impact-service-public-numerique-v0.5.0.js";
export type { OpenDataFieldName } from "./schemas/impact-service-public-numerique-v0.5.0.js";
export { DECLARATION_BIENS_REEMPLOI_V0_1_0, AGEC58_CATEGORIES } from "./schemas/declaration-biens-reemploi-v0.1.0.js";
export type { Agec58Category, Agec58FieldName } from "./schemas/declaration-biens-reemploi-v0.1.0.js";
export type { CsvExport, OpenDataRow } from "./open-data-csv.js";
export { toAgec58Csv, AGEC58_FIELDS, AGEC58_SCHEMA } from "./agec58-csv.js";
export type { Agec58Row } from "./agec58-csv.js";
export { seriesChart, barChart } from "./svg-chart.js";
export type { Chart, SeriesChartInput, BarChartInput } from "./svg-chart.js";
export { statusChart } from "./svg-status-chart.js";
export type { StatusChartInput, StatusChartRow } from "./svg-status-chart.js";
export { stackedBarChart } from "./svg-stacked-bar.js";
export type { StackedBarChartInput } from "./svg-stacked-bar.js";
export type { ChartData, ChartSeriesData } from "./chart-data.js";
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
} from "./report-input.js";
export type { RenderedReport } from "./rendered-report.js";
export { renderBilan } from "./render-bilan.js";
export { parseBilanReportInput } from "./parse-bilan-report-input.js";
export { renderStrategy } from "./render-strategy.js";
export type { PublishedIndicatorRow } from "./compare/published-indicator-row.js";
export type { OpenDataIndicatorsParse } from "./compare/parse-open-data-indicators-csv.js";
export { parseOpenDataIndicatorsCsv } from "./compare/parse-open-data-indicators-csv.js";
export { subjectsFromOpenData } from "./compare/subjects-from-open-data.js";
export type { ComparisonRenderOptions } from "./compare/render-comparison.js";
export { renderComparison } from "./compare/render-comparison.js";
