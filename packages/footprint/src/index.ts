export type { DeviceFactorKey, DeviceKind, DeviceTypeDefinition } from "./devices/device-types.js";
export { DEVICE_TYPES } from "./devices/device-types.js";
export type { ColumnMapping, GlpiMappingOptions } from "./inventory/column-mapping.js";
export { glpiColumnMapping } from "./inventory/column-mapping.js";
export { groupInventory } from "./inventory/group-inventory.js";
export type { GroupInventoryOptions, InventoryGroup, InventoryGroups } from "./inventory/inventory-group.js";
export type { InventoryColumnDefinition, InventoryColumnKey } from "./inventory/inventory-columns.js";
export { INVENTORY_COLUMNS, resolveInventoryColumn } from "./inventory/inventory-columns.js";
export type { InventoryItem, InventoryItemInput, InventoryStats } from "./inventory/inventory-item.js";
export type { InventoryLineView } from "./inventory/inventory-line-view.js";
export type { InventoryReadOptions } from "./inventory/inventory-read-options.js";
export type { InventoryKind, InventoryTypeDefinition } from "./inventory/inventory-vocabulary.js";
export { INVENTORY_TYPES, resolveInventoryType } from "./inventory/inventory-vocabulary.js";
export type { InventoryOrigin, InventoryOriginDefinition } from "./inventory/inventory-origins.js";
export { INVENTORY_ORIGINS, resolveInventoryOrigin } from "./inventory/inventory-origins.js";
export type { InventoryUsageDefinition } from "./inventory/inventory-usages.js";
export { INVENTORY_USAGES, resolveInventoryUsage } from "./inventory/inventory-usages.js";
export { normalizeInventoryWord } from "./inventory/normalize-word.js";
export type { InventoryParseResult } from "./inventory/inventory-parse-result.js";
export type { ParseInventoryCsvOptions } from "./inventory/parse-inventory-options.js";
export { parseInventoryCsv } from "./inventory/parse-inventory-csv.js";
// footprint-web (networks, SWD, OneByte, cloud, EcoIndex)
export type { EcoIndexGrade, EcoIndexInput, EcoIndexPositions, EcoIndexResult } from "./web/ecoindex.js";
export { ecoIndex, ecoIndexGrade } from "./web/ecoindex.js";
export { ECOINDEX_GRADE_THRESHOLDS, ECOINDEX_QUANTILES } from "./web/ecoindex-quantiles.js";
export type {
  SustainableWebDesignModel,
  SustainableWebDesignOptions,
  SwdCoefficients,
  SwdRating,
  SwdTraceResult,
  SwdVariables,
  SwdVersion,
} from "./web/sustainable-web-design.js";
export { sustainableWebDesign } from "./web/sustainable-web-design.js";
export type { ModelSource } from "./web/sustainable-web-design-constants.js";
export { SWD_RATINGS, SWD_SOURCE, SWD_V3, SWD_V4 } from "./web/sustainable-web-design-constants.js";
export type { OneByteConstants, OneByteModel, OneByteSplit, OneByteTraceResult, OneByteVariables } from "./web/one-byte.js";
export { ONE_BYTE, oneByte } from "./web/one-byte.js";
export type {
  DataUnit,
  NetworkFlow,
  NetworkFlowFootprint,
  NetworkFootprintInput,
  NetworkFootprintResult,
  NetworkType,
} from "./network/network-footprint.js";
export { computeNetworkFootprint, NETWORK_TYPES } from "./network/network-footprint.js";
export type { CloudEnergy, CloudFootprintResult } from "./cloud/cloud-footprint-result.js";
export type { CloudUsage, HostEmbodied } from "./cloud/cloud-usage.js";
export { computeCloudFootprint } from "./cloud/cloud-footprint.js";
export type { CcfProviderCoefficients, CcfRegion, CloudProvider } from "./cloud/cloud-carbon-footprint-coefficients.js";
export { CCF_COEFFICIENTS, CCF_HOST_EMBODIED, CCF_REGIONS } from "./cloud/cloud-carbon-footprint-coefficients.js";
export type { GridIntensityInput } from "./grid-intensity.js";
export type { Dimension, DimensionOf, Quantity, Unit, UnitOf } from "./units.js";
export { addQuantities, convertQuantity, isUnit, quantity, scaleQuantity, sumQuantities, UNITS } from "./units.js";
export type { Criterion, CriterionUnit, Stage } from "./impact/criteria.js";
export type { ImpactCell, ImpactEntry, ImpactRow, ImpactTable } from "./impact.js";
export {
  addImpacts,
  EMPTY_IMPACTS,
  impactCells,
  pickStages,
  scaleImpacts,
  subtractImpacts,
  sumImpacts,
  totalOfCriterion,
} from "./impact/impact-arithmetic.js";
export { CRITERIA, CRITERION_LABELS, CRITERION_UNITS, STAGE_LABELS, STAGES } from "./impact/criteria.js";
export { getImpactCell, impactCell, impactTable } from "./impact.js";
export type { Trace, TracedFactor, TracedValue, ValueOrigin } from "./trace.js";
export { emptyTrace, mergeTraces } from "./trace.js";
export type { FootprintResult } from "./footprint-result.js";
export { combineFootprints } from "./footprint-result.js";
export type {
  FactorCriterion,
  FactorPack,
  FactorPackInput,
  FactorRow,
  FactorRowInput,
  PackSource,
  Parameter,
} from "./packs/factor-pack.js";
export type { FactorFilter, FactorQuery } from "./packs/factor-query.js";
export { defineFactorPack } from "./packs/define-factor-pack.js";
export { findFactor, listFactorItems, listFactors, lookupFactor, traceFactor } from "./packs/factor-query.js";
export { mergeFactorPacks, overrideFactors } from "./packs/merge-factor-packs.js";
export { PARAMETERS } from "./packs/factor-pack.js";
export { frAdeme_1_2_0 } from "./packs/fr-ademe-1.2.0.js";
export { defaultFactorPack, frAdeme_1_1_0, listFactorPacks } from "./packs/default-factor-pack.js";
export { FACTOR_BOUNDS } from "./packs/factor-bounds.js";
export type { HostedCloudUsage, HostedServer, HostingContract, HostingInventory } from "./hosting/parse-hosting-inventory.js";
export { parseHostingInventory } from "./hosting/parse-hosting-inventory.js";
export type {
  DeviceFootprintDetails,
  DeviceFootprintInput,
  DeviceFootprintOptions,
  DeviceFootprintResult,
  DeviceOrigin,
  DeviceUse,
} from "./devices/device-input.js";
export { computeDeviceFootprint } from "./devices/device-footprint.js";
export type {
  HostingContractInput,
  HostingFootprintInput,
  HostingFootprintResult,
  HostingPart,
  OnPremiseEquipmentInput,
} from "./hosting/hosting-input.js";
export { computeHostingFootprint } from "./hosting/hosting-footprint.js";
export type { Estate, WhatIf, WhatIfResult } from "./scenarios/what-if.js";
export { simulateWhatIf } from "./scenarios/what-if.js";
export type {
  CriterionTotals,
  InventoryFootprintInput,
  InventoryFootprintOptions,
  InventoryFootprintResult,
  InventoryGroupFootprint,
} from "./inventory/inventory-footprint-result.js";
export { computeInventoryFootprint } from "./inventory/compute-inventory-footprint.js";
export { mergeInventoryFootprints } from "./inventory/merge-inventory-footprints.js";
export type { ParseInventoryJsonOptions } from "./inventory/parse-inventory-json.js";
export { parseInventoryJson } from "./inventory/parse-inventory-json.js";
export type {
  HostingInventoryFootprintOptions,
  HostingInventoryFootprintResult,
  HostingInventoryPart,
} from "./hosting/compute-hosting-inventory-footprint.js";
export { computeHostingInventoryFootprint } from "./hosting/compute-hosting-inventory-footprint.js";
// asset-manager exports (profiles, statuses, dates)
export type { AssetDay, DayOrder } from "./asset-export/asset-day.js";
export { assetDayLayouts, parseAssetDay } from "./asset-export/asset-day.js";
export type { AssetStatus } from "./asset-export/asset-status.js";
export { ASSET_STATUS_WORDS, isAssetStatus, resolveAssetStatus } from "./asset-export/asset-status.js";
export type { AssetColumnKey, AssetProfile, AssetProfileId, AssetProfileSettings } from "./asset-export/asset-profile.js";
export { ASSET_PROFILES } from "./asset-export/asset-profiles.js";
export { assetProfile, assetProfileColumns, assetProfileList, detectAssetProfile } from "./asset-export/detect-asset-profile.js";
export type { PrintingFootprintResult, PrintingLine } from "./printing/printing-footprint.js";
export { computePrintingFootprint, REAM_ITEM, SHEETS_PER_REAM } from "./printing/printing-footprint.js";
export { assetProfileMapping } from "./asset-export/asset-profile-mapping.js";
export type { InventoryLeftOut } from "./inventory/row-rules.js";
// territory (issue #10): the territory's footprint downscaled from the national ADEME–Arcep assessment
export { frTerritoire_2025_1 } from "./packs/fr-territoire-2025.1.js";
export type { TerritorySegment } from "./territory/segments.js";
export { TERRITORY_SEGMENT_LABELS, TERRITORY_SEGMENTS } from "./territory/segments.js";
export type { TerritoryEdition } from "./territory/editions.js";
export { TERRITORY_EDITIONS, territoryStudyYear } from "./territory/editions.js";
export type {
  DataCentreCounting,
  TerritoryDataCentre,
  TerritoryFootprintInput,
  TerritoryFootprintOptions,
} from "./territory/territory-input.js";
export type {
  RangedShare,
  TerritoryAdministrationShare,
  TerritoryBasis,
  TerritoryFootprintResult,
  TerritorySegmentFootprint,
} from "./territory/territory-result.js";
export { computeTerritoryFootprint } from "./territory/compute-territory-footprint.js";
