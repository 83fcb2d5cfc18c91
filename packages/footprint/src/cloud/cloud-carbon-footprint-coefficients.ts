/** A cloud provider whose Cloud Carbon Footprint coefficients are shipped. */
export type CloudProvider = "aws" | "gcp" | "azure";

/** One provider's Cloud Carbon Footprint coefficients (decimal strings, exact) with the `factors.csv` ids they come from. */
export interface CcfProviderCoefficients {
  /** W per vCPU at 0 % utilisation (AWS, Azure: average over CPU micro-architectures; GCP: median). */
  readonly minWattsPerVcpu: string;
  /** W per vCPU at 100 % utilisation. */
  readonly maxWattsPerVcpu: string;
  /** kWh per GB-hour of memory. */
  readonly memoryKWhPerGBHour: string;
  /** Wh per TB-hour of SSD storage. */
  readonly ssdWhPerTBHour: string;
  /** Wh per TB-hour of HDD storage. */
  readonly hddWhPerTBHour: string;
  /** kWh per GB moved between data centres over the provider's backbone. */
  readonly networkingKWhPerGB: string;
  /** Fleet-average power usage effectiveness. */
  readonly pue: string;
  /** Utilisation assumed when none is given, percent. */
  readonly defaultUtilisationPercent: string;
  /** Hours over which a server's embodied emissions are spread (4 years). */
  readonly serverLifespanHours: string;
  /** Source file, `owner/repo@commit:path`. */
  readonly source: string;
  /** Row ids in `factors.csv`, by coefficient. */
  readonly factorIds: Readonly<Record<string, string>>;
}

const REPO = "cloud-carbon-footprint/cloud-carbon-footprint@b7a049c7d25c0022919ab9010199dd9e77aa4577";

/**
 * Cloud Carbon Footprint (CCF, Thoughtworks, Apache-2.0) coefficients per provider, as read in the CCF
 * repository at commit b7a049c (release-2024-02-11 + 4) and recorded in `FACTORS.md` §4.2 and
 * `factors.csv` (rows `dc-ccf-*`, `net-ccf-networking`). Figures are copied with their source; no CCF
 * code is reused. CCF's own `Methodology.md` lists slightly different GCP and Azure watts (0.71/4.26 and
 * 0.78/3.76); the code values are used here, as CCF itself computes with them.
 *
 * @example
 * ```ts
 * import { CCF_COEFFICIENTS } from "@nrs/footprint";
 * console.log(CCF_COEFFICIENTS.aws.maxWattsPerVcpu); // "3.5"
 * ```
 */
export const CCF_COEFFICIENTS: Readonly<Record<CloudProvider, CcfProviderCoefficients>> = {
  aws: {
    minWattsPerVcpu: "0.74",
    maxWattsPerVcpu: "3.5",
    memoryKWhPerGBHour: "0.000392",
    ssdWhPerTBHour: "1.2",
    hddWhPerTBHour: "0.65",
    networkingKWhPerGB: "0.001",
    pue: "1.135",
    defaultUtilisationPercent: "50",
    serverLifespanHours: "35040",
    source: `${REPO}:packages/aws/src/domain/AwsFootprintEstimationConstants.ts`,
    factorIds: {
      minWatts: "dc-ccf-aws-minwatts",
      maxWatts: "dc-ccf-aws-maxwatts",
      memory: "dc-ccf-aws-memory",
      ssd: "dc-ccf-aws-ssd",
      hdd: "dc-ccf-aws-hdd",
      networking: "net-ccf-networking",
      pue: "dc-ccf-aws-pue",
      utilisation: "dc-ccf-aws-cpuutil",
      lifespan: "dc-ccf-aws-lifespan",
    },
  },
  gcp: {
    minWattsPerVcpu: "0.68",
    maxWattsPerVcpu: "4.11",
    memoryKWhPerGBHour: "0.000392",
    ssdWhPerTBHour: "1.2",
    hddWhPerTBHour: "0.65",
    networkingKWhPerGB: "0.001",
    pue: "1.1",
    defaultUtilisationPercent: "50",
    serverLifespanHours: "35040",
    source: `${REPO}:packages/gcp/src/domain/GcpFootprintEstimationConstants.ts`,
    factorIds: {
      minWatts: "dc-ccf-gcp-minwatts",
      maxWatts: "dc-ccf-gcp-maxwatts",
      memory: "dc-ccf-gcp-memory",
      ssd: "dc-ccf-gcp-ssd",
      hdd: "dc-ccf-gcp-hdd",
      networking: "net-ccf-networking",
      pue: "dc-ccf-gcp-pue",
      utilisation: "dc-ccf-gcp-cpuutil",
      lifespan: "dc-ccf-gcp-lifespan",
    },
  },
  azure: {
    minWattsPerVcpu: "0.74",
    maxWattsPerVcpu: "3.54",
    memoryKWhPerGBHour: "0.000392",
    ssdWhPerTBHour: "1.2",
    hddWhPerTBHour: "0.65",
    networkingKWhPerGB: "0.001",
    pue: "1.185",
    defaultUtilisationPercent: "50",
    serverLifespanHours: "35040",
    source: `${REPO}:packages/azure/src/domain/AzureFootprintEstimationConstants.ts`,
    factorIds: {
      minWatts: "dc-ccf-azure-minwatts",
      maxWatts: "dc-ccf-azure-maxwatts",
      memory: "dc-ccf-azure-memory",
      ssd: "dc-ccf-azure-ssd",
      hdd: "dc-ccf-azure-hdd",
      networking: "net-ccf-networking",
      pue: "dc-ccf-azure-pue",
      utilisation: "dc-ccf-azure-cpuutil",
      lifespan: "dc-ccf-azure-lifespan",
    },
  },
};

/** A cloud region whose grid emission factor (and PUE, where regional) is shipped. */
export interface CcfRegion {
  /** Cloud provider. */
  readonly provider: CloudProvider;
  /** Provider region code. */
  readonly region: string;
  /** Human-readable name. */
  readonly label: string;
  /** Grid emission factor, tCO2e/kWh, as CCF stores it. */
  readonly gridTonnesCO2ePerKWh: string;
  /** Row id in `factors.csv`. */
  readonly factorId: string;
}

/**
 * The cloud regions whose CCF grid factor `@nrs/footprint` ships: the French regions of the three
 * providers (`factors.csv` rows `dc-ccf-aws-eu-west-3`, `dc-ccf-gcp-europe-west9`,
 * `dc-ccf-azure-francecentral`). Any other region needs an explicit `gridIntensity` (with your source)
 * in {@link computeCloudFootprint}; an unknown region without one is refused, never guessed.
 *
 * @example
 * ```ts
 * import { CCF_REGIONS } from "@nrs/footprint";
 * console.log(CCF_REGIONS.map((r) => `${r.provider}:${r.region}`).join(" "));
 * ```
 */
export const CCF_REGIONS: readonly CcfRegion[] = [
  {
    provider: "aws",
    region: "eu-west-3",
    label: "AWS Europe (Paris)",
    gridTonnesCO2ePerKWh: "0.0000511",
    factorId: "dc-ccf-aws-eu-west-3",
  },
  {
    provider: "gcp",
    region: "europe-west9",
    label: "Google Cloud Paris",
    gridTonnesCO2ePerKWh: "0.000059",
    factorId: "dc-ccf-gcp-europe-west9",
  },
  {
    provider: "azure",
    region: "francecentral",
    label: "Azure France Central",
    gridTonnesCO2ePerKWh: "0.00005128",
    factorId: "dc-ccf-azure-francecentral",
  },
  {
    provider: "azure",
    region: "francesouth",
    label: "Azure France South",
    gridTonnesCO2ePerKWh: "0.00005128",
    factorId: "dc-ccf-azure-francecentral",
  },
];

/**
 * Embodied emissions of whole hosts from CCF's instance tables (Teads dataset), for the families whose
 * figure is recorded in `factors.csv`: `aws-m5` = 1.6103792 tCO2e for a host whose largest instance,
 * m5.24xlarge, has 96 vCPUs (row `dc-ccf-aws-m5-embodied`; the tonnes unit is read from CCF's
 * `Methodology.md`, the per-host reading is not confirmed). For other families pass `hostKgCO2e` and
 * `hostVcpus` yourself.
 *
 * @example
 * ```ts
 * import { CCF_HOST_EMBODIED } from "@nrs/footprint";
 * console.log(CCF_HOST_EMBODIED["aws-m5"].hostVcpus); // "96"
 * ```
 */
export const CCF_HOST_EMBODIED = {
  /** AWS m5 family (largest: m5.24xlarge). */
  "aws-m5": {
    /** Embodied emissions of the host, kgCO2e (1.6103792 tCO2e). */
    hostKgCO2e: "1610.3792",
    /** vCPUs of the largest instance of the family. */
    hostVcpus: "96",
    /** Row id in `factors.csv`. */
    factorId: "dc-ccf-aws-m5-embodied",
    /** File the figure was read in. */
    source: `${REPO}:packages/aws/src/lib/AWSInstanceTypes.ts`,
  },
} as const;
