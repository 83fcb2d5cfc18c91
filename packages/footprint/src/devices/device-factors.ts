import { NrsError, type Problem } from "@nrs/core";
import { findFactor, lookupFactor } from "../packs/factor-query.js";
import type { FactorPack, FactorRow } from "../packs/factor-pack.js";
import { CRITERIA, type Criterion, type Stage } from "../impact/criteria.js";
import type { ResultBuilder } from "./result-builder.js";
import { yearFactor } from "./year-factor.js";

/** The embodied stages, charged by the share of the device's life that falls in the period. @internal */
export const EMBODIED_STAGES: readonly Stage[] = ["manufacturing", "distribution", "endOfLife"];

/** A pack row and the impact cell it feeds. @internal */
export interface ChargedRow {
  readonly criterion: Criterion;
  readonly stage: Stage;
  readonly row: FactorRow;
}

/**
 * A device type's factors, read from the pack once: every embodied row the pack has for the type (each
 * criterion, each embodied stage), the embodied `gwp` stages it lacks, and its use parameters. Each row
 * carries its id, source and pack (what the trace cites). @internal
 */
export interface DeviceFactors {
  readonly pack: FactorPack;
  readonly type: string;
  readonly embodied: readonly ChargedRow[];
  /** Embodied `gwp` stages the pack lacks (absent from the result, with a note). */
  readonly missingGwpStages: readonly Stage[];
  readonly lifetime: FactorRow | undefined;
  readonly power: FactorRow | undefined;
  readonly hoursPerDay: FactorRow | undefined;
}

function unknownType(pack: FactorPack, type: string): Problem {
  return {
    code: "NRS_UNKNOWN_DEVICE_TYPE",
    severity: "error",
    path: ["type"],
    message: {
      fr:
        `Le jeu de facteurs ${pack.id}@${pack.version} n'a aucun facteur de fabrication pour le type « ${type} » : il n'est pas calculé. ` +
        "Apportez vos facteurs (fabrication, durée de vie, puissance, heures d'usage) dans votre propre jeu, posé sur celui par défaut " +
        "avec overrideFactors ou mergeFactorPacks (option pack), ou listé dans « facteurs » de nrs.json (docs/guides/own-factor-pack.md).",
      en:
        `Factor pack ${pack.id}@${pack.version} has no manufacturing factor for device type "${type}": it is not computed. ` +
        "Bring your own factors (manufacturing, lifetime, power, hours of use) in a pack of your own, laid over the default one " +
        'with overrideFactors or mergeFactorPacks (the pack option), or listed under "facteurs" in nrs.json (docs/guides/own-factor-pack.md).',
    },
  };
}

/** Reads a type's factors from the pack; `NRS_UNKNOWN_DEVICE_TYPE` when it has no manufacturing `gwp`. @internal */
export function resolveDeviceFactors(pack: FactorPack, type: string): DeviceFactors {
  if (findFactor(pack, { item: type, criterion: "gwp", stage: "manufacturing" }) === undefined)
    throw new NrsError([unknownType(pack, type)]);
  const embodied: ChargedRow[] = [];
  const missingGwpStages: Stage[] = [];
  for (const criterion of CRITERIA) {
    for (const stage of EMBODIED_STAGES) {
      const row = findFactor(pack, { item: type, criterion, stage });
      if (row !== undefined) embodied.push({ criterion, stage, row });
      else if (criterion === "gwp") missingGwpStages.push(stage);
    }
  }
  return {
    pack,
    type,
    embodied,
    missingGwpStages,
    lifetime: findFactor(pack, { item: type, criterion: "lifetime" }),
    power: findFactor(pack, { item: type, criterion: "power" }),
    hoursPerDay: findFactor(pack, { item: type, criterion: "hoursPerDay" }),
  };
}

/** A use parameter of the type, or the pack's `NRS_FACTOR_NOT_FOUND` when it has none. @internal */
export function requireParameter(f: DeviceFactors, criterion: "lifetime" | "power" | "hoursPerDay"): FactorRow {
  return f[criterion] ?? lookupFactor(f.pack, { item: f.type, criterion });
}

/**
 * The rows of a grid zone's electricity for the use stage: `gwp` for the year (else the nearest, with
 * a note in `b`; `NRS_FACTOR_NOT_FOUND` without any), then every other criterion the pack has for that year.
 * @internal
 */
export function resolveGridFactors(pack: FactorPack, location: string, year: number | undefined, b: ResultBuilder): readonly ChargedRow[] {
  const at = <Q extends object>(q: Q): Q & { year?: number } => (year === undefined ? q : { ...q, year });
  const gwp = yearFactor(pack, at({ item: `electricite_${location}`, criterion: "gwp" as const, stage: "use" as const }), b);
  const rows: ChargedRow[] = [{ criterion: "gwp", stage: "use", row: gwp }];
  for (const criterion of CRITERIA) {
    // `energy` is the kWh themselves, not a factor of them.
    if (criterion === "gwp" || criterion === "energy") continue;
    const row = findFactor(pack, at({ item: gwp.item, criterion, stage: "use" as const }));
    if (row !== undefined) rows.push({ criterion, stage: "use", row });
  }
  return rows;
}
