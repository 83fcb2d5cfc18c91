/**
 * The rows of one device type in `data/factors-fr.csv`, as the generator maps them (see `pack-csv-rows.ts`
 * for what an entry says): ids `<prefix>-gwp-fab`, `-gwp-dist`, `-gwp-eol`, `-lifespan`, `-power-active`
 * and `-use-hours`, each with its criterion, stage and unit. The ADEME video projector, the stand-ins and
 * the Boavizta types all follow this pattern; a type whose source gives fewer figures lists its stages.
 */
import type { CsvRowMap } from "./pack-csv-read.js";

/** The id suffix of each figure of a device, with what it maps to and the suffix of its ADEME rule. */
const DEVICE_FIGURES = {
  "gwp-fab": { criterion: "gwp", stage: "manufacturing", unit: "kgCO2e/unit", rule: "carbone . fabrication" },
  "gwp-dist": { criterion: "gwp", stage: "distribution", unit: "kgCO2e/unit", rule: "carbone . distribution" },
  "gwp-eol": { criterion: "gwp", stage: "endOfLife", unit: "kgCO2e/unit", rule: "carbone . fin de vie" },
  lifespan: { criterion: "lifetime", unit: "year", rule: "durée de vie théorique" },
  "power-active": { criterion: "power", unit: "W", rule: "consommation en mode actif" },
  "use-hours": { criterion: "hoursPerDay", unit: "h/day", rule: "profil utilisation théorique" },
} as const satisfies Record<string, Pick<CsvRowMap, "criterion" | "stage" | "unit"> & { rule: string }>;

/** One figure of a device: a key of the table above. */
export type DeviceFigure = keyof typeof DEVICE_FIGURES;

/** How a device's rows are read. */
export interface DeviceRowsOptions {
  /** The figures the source gives (default: all six). */
  readonly figures?: readonly DeviceFigure[];
  /** The year of every row when the table's is a description. */
  readonly year?: number;
  /** The zone of the manufacturing row when the table's is a description. */
  readonly manufacturingGeography?: string;
  /** The ADEME rule of a figure, from its suffix (e.g. `acv . box . ${suffix}`); none: the file is cited whole. */
  readonly rule?: (suffix: string) => string;
}

/** The rows of one device type, by id. */
export function deviceRows(
  prefix: string,
  item: string,
  label: CsvRowMap["label"],
  options: DeviceRowsOptions = {},
): Record<string, CsvRowMap> {
  const figures = options.figures ?? (Object.keys(DEVICE_FIGURES) as DeviceFigure[]);
  return Object.fromEntries(
    figures.map((figure) => {
      const { rule, ...mapped } = DEVICE_FIGURES[figure];
      const row: CsvRowMap = {
        item,
        ...mapped,
        ...(options.year === undefined ? {} : { year: options.year }),
        ...(figure === "gwp-fab" && options.manufacturingGeography !== undefined ? { geography: options.manufacturingGeography } : {}),
        ...(options.rule === undefined ? {} : { rule: options.rule(rule) }),
        label,
      };
      return [`${prefix}-${figure}`, row];
    }),
  );
}
