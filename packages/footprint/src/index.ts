/**
 * Placeholder until the package lands.
 * @example
 * ```ts
 * import { placeholder } from "@nrs/footprint";
 * console.log(placeholder);
 * ```
 */
export const placeholder = true;
export type { ColumnMapping, GlpiMappingOptions } from "./column-mapping.js";
export { glpiColumnMapping } from "./column-mapping.js";
export { dayNumber, daysInMonth } from "./calendar-day.js";
export type { GroupInventoryOptions, InventoryGroup, InventoryGroups } from "./group-inventory.js";
export { groupInventory } from "./group-inventory.js";
export type { InventoryColumnDefinition, InventoryColumnKey } from "./inventory-columns.js";
export { INVENTORY_COLUMNS, resolveInventoryColumn } from "./inventory-columns.js";
export type { InventoryItem, InventoryStats } from "./inventory-item.js";
export type { InventoryReadOptions } from "./inventory-read-options.js";
export type { InventoryKind, InventoryOrigin, InventoryOriginDefinition, InventoryTypeDefinition } from "./inventory-vocabulary.js";
export { INVENTORY_ORIGINS, INVENTORY_TYPES, normalizeInventoryWord, resolveInventoryOrigin, resolveInventoryType } from "./inventory-vocabulary.js";
export type { InventoryParseResult, ParseInventoryCsvOptions } from "./parse-inventory-csv.js";
export { parseInventoryCsv } from "./parse-inventory-csv.js";
// footprint-web (networks, SWD, OneByte, cloud, EcoIndex)
export type { EcoIndexGrade, EcoIndexInput, EcoIndexPositions, EcoIndexResult } from "./ecoindex.js";
export { ecoIndex, ecoIndexGrade } from "./ecoindex.js";
export { ECOINDEX_GRADE_THRESHOLDS, ECOINDEX_QUANTILES } from "./ecoindex-quantiles.js";
export type {
  SustainableWebDesignModel,
  SustainableWebDesignOptions,
  SwdCoefficients,
  SwdRating,
  SwdTraceResult,
  SwdVariables,
  SwdVersion,
} from "./sustainable-web-design.js";
export { sustainableWebDesign } from "./sustainable-web-design.js";
export type { ModelSource } from "./sustainable-web-design-constants.js";
export { SWD_RATINGS, SWD_SOURCE, SWD_V3, SWD_V4 } from "./sustainable-web-design-constants.js";
export type { OneByteConstants, OneByteModel, OneByteSplit, OneByteTraceResult, OneByteVariables } from "./one-byte.js";
export { ONE_BYTE, oneByte } from "./one-byte.js";
export type { DataUnit, NetworkFlow, NetworkFlowFootprint, NetworkFootprintInput, NetworkFootprintResult, NetworkType } from "./network-footprint.js";
export { computeNetworkFootprint, NETWORK_TYPES } from "./network-footprint.js";
export type { CloudEnergy, CloudFootprintResult, CloudUsage, HostEmbodied } from "./cloud-footprint.js";
export { computeCloudFootprint } from "./cloud-footprint.js";
export type { CcfProviderCoefficients, CcfRegion, CloudProvider } from "./cloud-carbon-footprint-coefficients.js";
export { CCF_COEFFICIENTS, CCF_HOST_EMBODIED, CCF_REGIONS } from "./cloud-carbon-footprint-coefficients.js";
export type { GridIntensityInput } from "./grid-intensity.js";
export type { Dimension, DimensionOf, Quantity, Unit, UnitOf } from "./units.js";
export { addQuantities, convertQuantity, isUnit, quantity, scaleQuantity, sumQuantities, UNITS } from "./units.js";
export type { Criterion, CriterionUnit, ImpactCell, ImpactEntry, ImpactRow, ImpactTable, Stage } from "./impact.js";
export {
  addImpacts, CRITERIA, CRITERION_LABELS, CRITERION_UNITS, EMPTY_IMPACTS, getImpactCell, impactCell, impactCells, impactTable,
  pickStages, scaleImpacts, STAGE_LABELS, STAGES, subtractImpacts, sumImpacts, totalOfCriterion,
} from "./impact.js";
export type { Trace, TracedFactor, TracedValue, ValueOrigin } from "./trace.js";
export { emptyTrace, mergeTraces } from "./trace.js";
export type { FootprintResult } from "./footprint-result.js";
export { combineFootprints } from "./footprint-result.js";
export type { FactorCriterion, FactorFilter, FactorPack, FactorPackInput, FactorQuery, FactorRow, FactorRowInput, PackSource, Parameter } from "./factor-pack.js";
export {
  defineFactorPack, findFactor, listFactorItems, listFactors, lookupFactor, mergeFactorPacks, overrideFactors, PARAMETERS, traceFactor,
} from "./factor-pack.js";
export { frAdeme_1_0_0 } from "./packs/fr-ademe-1.0.0.js";
export { defaultFactorPack, listFactorPacks } from "./default-factor-pack.js";
export type { HostedCloudUsage, HostedServer, HostingContract, HostingInventory } from "./parse-hosting-inventory.js";
export { parseHostingInventory } from "./parse-hosting-inventory.js";
export type { DeviceFootprintDetails, DeviceFootprintInput, DeviceFootprintOptions, DeviceFootprintResult, DeviceOrigin, DeviceUse } from "./device-footprint.js";
export { computeDeviceFootprint } from "./device-footprint.js";
export type { HostingContractInput, HostingFootprintInput, HostingFootprintResult, HostingPart, OnPremiseEquipmentInput } from "./hosting-footprint.js";
export { computeHostingFootprint } from "./hosting-footprint.js";
export type { Estate, WhatIf, WhatIfResult } from "./what-if.js";
export { simulateWhatIf } from "./what-if.js";
export type { CriterionTotals, InventoryFootprintInput, InventoryFootprintOptions, InventoryFootprintResult, InventoryGroupFootprint } from "./compute-inventory-footprint.js";
export { computeInventoryFootprint } from "./compute-inventory-footprint.js";
export type { ParseInventoryJsonOptions } from "./parse-inventory-json.js";
export { parseInventoryJson } from "./parse-inventory-json.js";
export type { HostingInventoryFootprintOptions, HostingInventoryFootprintResult, HostingInventoryPart } from "./compute-hosting-inventory-footprint.js";
export { computeHostingInventoryFootprint } from "./compute-hosting-inventory-footprint.js";
// territory (issue #10): the territory's footprint downscaled from the national ADEME–Arcep assessment
export { frTerritoire_2025_1 } from "./packs/fr-territoire-2025.1.js";
export type { TerritorySegment } from "./territory/segments.js";
export { TERRITORY_SEGMENT_LABELS, TERRITORY_SEGMENTS } from "./territory/segments.js";
export type { TerritoryEdition } from "./territory/editions.js";
export { TERRITORY_EDITIONS, territoryStudyYear } from "./territory/editions.js";
export type { DataCentreCounting, TerritoryDataCentre, TerritoryFootprintInput, TerritoryFootprintOptions } from "./territory/territory-input.js";
export type { RangedShare, TerritoryAdministrationShare, TerritoryBasis, TerritoryFootprintResult, TerritorySegmentFootprint } from "./territory/territory-result.js";
export { computeTerritoryFootprint } from "./territory/compute-territory-footprint.js";
