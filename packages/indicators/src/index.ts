export type { Aggregation, Direction, IndicatorDefinition, IndicatorSource, Periodicity } from "./indicator-definition.js";
export type { IndicatorCode } from "./catalogue.js";
export { catalogue, indicatorDefinition, isIndicatorCode } from "./catalogue.js";
export type {
  DataQuality,
  DatasetName,
  FactorPackRef,
  IndicatorComponent,
  IndicatorResults,
  IndicatorValue,
  NotComputed,
  NotComputedReason,
  Provenance,
  RecordsUsed,
  Reference,
} from "./indicator-value.js";
export type {
  FootprintInput,
  GwpImpacts,
  HostingLine,
  ImpactCellLike,
  IndicatorData,
  InventoryLine,
  ServerCounts,
} from "./indicator-data.js";
export type { ComputeIndicatorsOptions } from "./compute/compute-options.js";
export { computeIndicators } from "./compute-indicators.js";
export { DEFAULT_ENTITY } from "./default-entity.js";
export type { InventoryDevices, InventoryEntityDevices, InventorySummary } from "./inventory-summary.js";
export { MAX_LISTED_LINES } from "./inventory-summary.js";
export type { InventoryLineInput } from "./summarize-inventory.js";
export { InventorySummaryBuilder, summarizeInventory } from "./summarize-inventory.js";
export type { RgesnCriterion, RgesnPriority, RgesnSourceInfo, RgesnThematic } from "./rgesn-criteria.js";
export { RGESN_CRITERIA, RGESN_SOURCE, RGESN_THEMATICS, RGESN_WEIGHTS } from "./rgesn-criteria.js";
export type { RgesnPartialScore, RgesnScore, RgesnScoreOptions, RgesnStatus } from "./rgesn-score.js";
export { parseRgesnStatus, RGESN_STATUSES, rgesnScore } from "./rgesn-score.js";
export type { AgecCategoryShare, AgecReuseShareOptions } from "./agec-reuse-share.js";
export { agecReuseShare } from "./agec-reuse-share.js";
export type {
  Agec58Declaration,
  Agec58DeclarationOptions,
  Agec58DeclarationRow,
  Agec58Exclusion,
  Agec58ExclusionReason,
} from "./agec58-declaration.js";
export { agec58Declaration } from "./agec58-declaration.js";
export type { Agec58ProductType } from "./agec58-product-types.js";
export { AGEC58_PRODUCT_TYPES } from "./agec58-product-types.js";
export type { ReuseExclusions, ReuseRatio, ReuseRatioOptions, ReuseExclusionReason, ReuseExclusionGroup } from "./reuse-ratio-2023-266.js";
export { REFORMED_IT_SCOPE_2023_266, coveredBy2023266 } from "./reformed-it-scope-2023-266.js";
export type { WeeeCategory, ReformedItScope } from "./reformed-it-scope-2023-266.js";
export { reuseRatio2023266, reuseTarget2023266 } from "./reuse-ratio-2023-266.js";
export type { RgaaState } from "./rgaa-state.js";
export { rgaaState } from "./rgaa-state.js";
export type { RecordsCsvOptions, RecordsParseResult } from "./records-csv.js";
export type { RecordsCsvColumn } from "./records-csv-column.js";
export { RECORDS_CSV_COLUMNS } from "./records-csv-columns.js";
export type { DataFileDefinition, DataFileRecords } from "./data-file-definition.js";
export type { DataFileIdentity, RecordsCsvFile } from "./data-file-names.js";
export { DATA_FILE_NAMES } from "./data-file-names.js";
export type { DataFileName } from "./data-file-of-dataset.js";
export { DATASET_FILES, fileOfDataset } from "./data-file-of-dataset.js";
export { DATA_FILES, dataFile } from "./data-files.js";
export type { AgecCategory, PurchaseRecord, PurchaseRecordInput } from "./purchase-record.js";
export { AGEC_CATEGORIES, parsePurchasesCsv, PurchaseSchema, resolveAgecCategory } from "./purchase-record.js";
export type { RetirementDestination, RetirementRecord, RetirementRecordInput } from "./retirement-record.js";
export { parseRetirementsCsv, RetirementSchema, REUSE_DESTINATIONS } from "./retirement-record.js";
export type { EventAudience, EventRecord, EventType } from "./event-record.js";
export { EventSchema, parseEventsCsv } from "./event-record.js";
export type { PrintingRecord } from "./printing-record.js";
export { parsePrintingCsv, PrintingSchema } from "./printing-record.js";
export type { RgesnEvaluationRecord } from "./rgesn-record.js";
export { parseRgesnCsv, RgesnEvaluationSchema } from "./rgesn-record.js";
export type { RgaaAuditRecord } from "./rgaa-record.js";
export { parseRgaaCsv, RGAA_CRITERIA_COUNT, RgaaAuditSchema } from "./rgaa-record.js";
export type { EcoIndexMeasurementRecord, EcoIndexMeasurementRecordInput } from "./ecoindex-record.js";
export { EcoIndexMeasurementSchema, parseEcoIndexCsv } from "./ecoindex-record.js";
export type { OpenDataDatasetRecord } from "./open-data-record.js";
export { OpenDataDatasetSchema, parseOpenDataCsv } from "./open-data-record.js";
export type { Milestone, Milestones, TrajectoryOptions, YearValue, YearValueInput } from "./trajectory.js";
export { trajectory } from "./trajectory.js";
export type { StatusOptions, TrajectoryStatus } from "./indicator-status.js";
export { DEFAULT_TOLERANCE, indicatorStatus } from "./indicator-status.js";
export type {
  FollowUp,
  FollowUpOptions,
  StrategyIndicator,
  StrategyObjective,
  StrategyTarget,
  StrategyTargets,
  YearStatus,
} from "./follow-up.js";
export { followUp, indicatorSeries, milestonesFromStrategy } from "./follow-up.js";
export type {
  ChangeDecomposition,
  ChangeInput,
  FootprintChange,
  FootprintChangeInput,
  FootprintChangeResult,
  Impacts,
  ImpactTableLike,
  YearImpacts,
} from "./decompose-change.js";
export { decomposeChange, decomposeFootprintChange } from "./decompose-change.js";
export type { AllocateOptions, AllocationBasis, ImpactPart, ImpactQuantity } from "./allocate-impacts.js";
export { allocateImpacts } from "./allocate-impacts.js";
export { allocate } from "./allocate.js";
export { allocateSharedFootprints } from "./allocate-shared-footprints.js";
export type { ImpactSplit, SharedServiceKeys } from "./allocate-shared-footprints.js";
export type { EntityNode, RollUpOptions } from "./roll-up.js";
export { rollUp } from "./roll-up.js";
export type { PublicationRounding } from "./publication-rounding.js";
export { publishedDecimals, roundForPublication } from "./publication-rounding.js";
export type { OpenDataIndicatorRow, OpenDataRowsOptions } from "./open-data-rows.js";
export { toOpenDataRows } from "./open-data-rows.js";
export { footprintInput } from "./footprint-input.js";
export type { SharedService } from "./allocate-results.js";
export { allocateResults } from "./allocate-results.js";
export { TERRITORY_INDICATORS } from "./territory-catalogue.js";
export { territoryIndicators } from "./territory-indicator-values.js";
export { territoryFootprintInput, territoryInputPath } from "./territory-footprint-input.js";
export type { CompareSubject, SubjectSource, SubjectValue } from "./compare/compare-subject.js";
export type {
  CollectivitesComparison,
  ComparedValue,
  IndicatorComparison,
  NotCompared,
  PeerGroupComparison,
} from "./compare/comparison.js";
export type { CompareOptions } from "./compare/compare-collectivites.js";
export { compareCollectivites } from "./compare/compare-collectivites.js";
export type { Normaliser } from "./compare/normaliser.js";
export { defaultNormaliser, NORMALISER_LABELS } from "./compare/normaliser.js";
export type { Quartiles } from "./compare/quantiles.js";
export { quantile, quartiles } from "./compare/quantiles.js";
export type { SizeClass } from "./compare/size-class.js";
export { SIZE_CLASS_LABELS, sizeClass } from "./compare/size-class.js";
export { subjectFromResults } from "./compare/subject-from-results.js";
export { foldName } from "./compare/fold-name.js";
