import type { Decimal } from "decimal.js";
import { ex, Exact, NrsError, problem, type ExactValue, type Problem } from "@nrs/core";
import { defaultCalculatorPack } from "../packs/default-factor-pack.js";
import type { FactorRow } from "../packs/factor-pack.js";
import { charge } from "./charge.js";
import { requireParameter, resolveDeviceFactors, resolveGridFactors, type DeviceFactors } from "./device-factors.js";
import { exposeDevice } from "./device-exposure.js";
import type { DeviceFootprintInput, DeviceFootprintOptions, DeviceFootprintResult } from "./device-input.js";
import type { ParsedInput } from "./parsed-device.js";
import { readDecimal } from "./read-input.js";
import { ResultBuilder, round } from "./result-builder.js";
import { validateDevice } from "./validate-device.js";

const DAYS_PER_YEAR = 365;

/** What hosting adds to the device computation: a facility overhead (PUE) and a default duty cycle. @internal */
export interface EquipmentContext {
  readonly pue?: { readonly value: Decimal; readonly row?: FactorRow };
  readonly defaultHoursPerDay?: Decimal;
  readonly subject?: string;
}

/** The device computation, with hosting's extras. @internal */
export function computeEquipment(
  input: DeviceFootprintInput,
  options: DeviceFootprintOptions,
  ctx: EquipmentContext,
): DeviceFootprintResult {
  return computeParsedEquipment(validateDevice(input), options, ctx);
}

/**
 * The device computation of an input already checked: the type's factors read once, the exposure
 * (device-years in service, amortised, charged), then the charge of the embodied rows and of the use.
 * The inventory calls it with the groups it built from validated lines, so that a browser bundle
 * computing inventories does not carry the validation of hand-written device inputs. @internal
 */
export function computeParsedEquipment(v: ParsedInput, options: DeviceFootprintOptions, ctx: EquipmentContext): DeviceFootprintResult {
  const pack = options.pack ?? defaultCalculatorPack;
  const f = resolveDeviceFactors(pack, v.type);
  const b = new ResultBuilder(ctx.subject ?? v.type);
  const lifetime = deviceLifetime(b, f, v.lifetimeYears);
  const exposure = exposeDevice(b, v, lifetime, options.writeOffAtRetirement === true);
  const fabShare = manufacturingShare(b, v.origin, options.secondLifeManufacturingShare);
  for (const stage of f.missingGwpStages)
    b.note(`Pas de facteur ${stage} pour ${v.type} : étape absente.`, `No ${stage} factor for ${v.type}: stage absent.`);
  charge(b, f.embodied, exposure.charged, fabShare);

  if (hasNoUseFactors(f, v)) {
    // The registry says the sources give this type no use-phase power: the stage is absent, not zero.
    b.note(
      `Aucune puissance d'usage publiée pour ${v.type} : l'étape d'utilisation est absente (donnez la consommation mesurée en kWh pour la compter).`,
      `No published use-phase power for ${v.type}: the use stage is absent (give the measured consumption in kWh to count it).`,
    );
    const none = new Exact(0);
    return {
      impacts: b.impacts(),
      trace: b.trace(),
      details: {
        lifetimeYears: lifetime,
        serviceDeviceYears: round(exposure.service),
        amortizedDeviceYears: round(exposure.amortized),
        kwh: round(none),
        manufacturingShare: round(fabShare),
      },
    };
  }
  const kwh = useKwh(b, f, v, exposure.service, ctx);
  const location = v.location ?? "FR";
  if (v.location === undefined)
    b.value("location", "FR", "default", { reason: { fr: "Réseau électrique français par défaut.", en: "French grid by default." } });
  else b.value("location", location, "input");
  b.add("energy", "use", kwh, kwh, kwh);
  charge(b, resolveGridFactors(pack, location, v.year, b), kwh);

  return {
    impacts: b.impacts(),
    trace: b.trace(),
    details: {
      lifetimeYears: lifetime,
      serviceDeviceYears: round(exposure.service),
      amortizedDeviceYears: round(exposure.amortized),
      kwh: round(kwh),
      manufacturingShare: round(fabShare),
    },
  };
}

function deviceLifetime(b: ResultBuilder, f: DeviceFactors, given: Decimal | undefined): Decimal {
  if (given !== undefined) {
    b.value("lifetimeYears", given.toFixed(), "input", { unit: "year" });
    return given;
  }
  const row = requireParameter(f, "lifetime");
  b.useFactor(row);
  b.value("lifetimeYears", row.value.toFixed(), "default", {
    unit: "year",
    factorId: row.id,
    reason: { fr: "Durée de vie par défaut du type dans le jeu de facteurs.", en: "Default lifetime of the type in the factor pack." },
  });
  return row.value;
}

/** The share of manufacturing charged: 1 for a new device, `secondLifeManufacturingShare` (default 0) for a second life. */
function manufacturingShare(
  b: ResultBuilder,
  given: ParsedInput["origin"],
  share: DeviceFootprintOptions["secondLifeManufacturingShare"],
): ExactValue {
  const origin = given ?? "neuf";
  b.value(
    "origin",
    origin,
    given === undefined ? "default" : "input",
    given === undefined ? { reason: { fr: "Équipement neuf par défaut.", en: "New device by default." } } : {},
  );
  if (origin === "neuf") return new Exact(1);
  const shareProblems: Problem[] = [];
  const parsed = share === undefined ? new Exact(0) : readDecimal(share, ["secondLifeManufacturingShare"], shareProblems, "nonnegative");
  if (parsed === undefined) throw new NrsError(shareProblems);
  const fabShare = ex(parsed);
  if (fabShare.gt(1)) {
    throw new NrsError([
      problem(
        "NRS_TOO_BIG",
        ["secondLifeManufacturingShare"],
        "La part de fabrication d'une seconde vie ne peut dépasser 1.",
        "The second-life manufacturing share cannot exceed 1.",
      ),
    ]);
  }
  b.value("secondLifeManufacturingShare", fabShare.toFixed(), share === undefined ? "default" : "input", {
    reason: {
      fr: "Seconde vie : la fabrication a été imputée à la première vie (règle de coupure) ; distribution et fin de vie comptées en entier.",
      en: "Second life: manufacturing was charged to the first life (cut-off rule); distribution and end of life counted in full.",
    },
  });
  if (origin === "reconditionne") {
    b.note(
      "L'impact du reconditionnement n'est pas dans le jeu de facteurs : il est absent du résultat.",
      "The impact of refurbishing is not in the factor pack: it is absent from the result.",
    );
  }
  return fabShare;
}

/**
 * Whether the use stage is left absent: no measured kWh and no power given, and the pack has neither a
 * power nor an hours-of-use row for the type (the registry entries of such types read no `power`: their
 * sources publish none). A pack with hours but no power is still the error `NRS_FACTOR_NOT_FOUND`.
 */
function hasNoUseFactors(f: DeviceFactors, v: ParsedInput): boolean {
  const use = v.use;
  if (
    use !== undefined &&
    (("kwhPerYear" in use && use.kwhPerYear !== undefined) || use.powerW !== undefined || use.hoursPerDay !== undefined)
  )
    return false;
  return f.power === undefined && f.hoursPerDay === undefined;
}

/** kWh of the period: measured (per device-year in service, or for the whole group), or power × hours × 365 per device-year; times the PUE in a data centre. */
function useKwh(b: ResultBuilder, f: DeviceFactors, v: ParsedInput, service: ExactValue, ctx: EquipmentContext): ExactValue {
  let kwh: ExactValue;
  const use = v.use;
  if (use !== undefined && "kwhPerYear" in use && use.kwhPerYear !== undefined) {
    const per = use.per ?? "device";
    kwh = per === "group" ? ex(use.kwhPerYear) : ex(use.kwhPerYear).times(service);
    b.value("use.kwhPerYear", use.kwhPerYear.toFixed(), "input", { unit: per === "group" ? "kWh (group, year)" : "kWh/year per device" });
  } else {
    const power = parameter(b, f, "power", use?.powerW, "use.powerW", "W");
    let hours: Decimal;
    if (use?.hoursPerDay === undefined && ctx.defaultHoursPerDay !== undefined && f.hoursPerDay === undefined) {
      hours = ctx.defaultHoursPerDay;
      b.value("use.hoursPerDay", hours.toFixed(), "default", {
        unit: "h/day",
        reason: { fr: "Équipement de centre de données : en service 24 h sur 24.", en: "Data-centre equipment: running 24 hours a day." },
      });
    } else {
      hours = parameter(b, f, "hoursPerDay", use?.hoursPerDay, "use.hoursPerDay", "h/day");
    }
    kwh = ex(power).times(ex(hours)).times(DAYS_PER_YEAR).div(1000).times(service);
  }
  if (ctx.pue === undefined) return kwh;
  // The IT equipment's electricity plus the facility's overhead (cooling, power distribution).
  if (ctx.pue.row !== undefined) {
    b.useFactor(ctx.pue.row);
    b.value("pue", ctx.pue.value.toFixed(), "default", {
      factorId: ctx.pue.row.id,
      reason: {
        fr: "PUE moyen des centres de données du pays dans le jeu de facteurs.",
        en: "Country average data-centre PUE in the factor pack.",
      },
    });
  } else {
    b.value("pue", ctx.pue.value.toFixed(), "input");
  }
  return kwh.times(ex(ctx.pue.value));
}

function parameter(
  b: ResultBuilder,
  f: DeviceFactors,
  criterion: "power" | "hoursPerDay",
  given: Decimal | undefined,
  name: string,
  unit: string,
): Decimal {
  if (given !== undefined) {
    b.value(name, given.toFixed(), "input", { unit });
    return given;
  }
  const row = requireParameter(f, criterion);
  b.useFactor(row);
  b.value(name, row.value.toFixed(), "archetype", {
    unit,
    factorId: row.id,
    reason: {
      fr: "Configuration moyenne du type dans le jeu de facteurs (ADEME).",
      en: "Average configuration of the type in the factor pack (ADEME).",
    },
  });
  return row.value;
}
