import { NrsError, parseIsoDay, problem, type Problem } from "@nrs/core";
import { dayNumber } from "../calendar-day.js";
import type { DeviceFootprintInput } from "./device-input.js";
import type { ParsedInput, ParsedUse } from "./parsed-device.js";
import { isObject, readDecimal, readYear, readZone, unknownKeys } from "./read-input.js";

const INPUT_KEYS = new Set([
  "type",
  "quantity",
  "lifetimeYears",
  "use",
  "location",
  "origin",
  "acquisitionDate",
  "retirementDate",
  "year",
  "deviceDays",
]);
const MEASURED_KEYS = new Set(["kwhPerYear", "per"]);
const ESTIMATED_KEYS = new Set(["hoursPerDay", "powerW"]);
const ORIGINS = new Set(["neuf", "reemploi", "reconditionne"]);

function readUse(raw: unknown, problems: Problem[]): ParsedUse | undefined {
  if (!isObject(raw)) {
    problems.push(problem("NRS_INVALID_TYPE", ["use"], "« use » doit être un objet.", '"use" must be an object.'));
    return undefined;
  }
  const before = problems.length;
  const out: { -readonly [K in keyof ParsedUse]?: ParsedUse[K] } = {};
  if ("kwhPerYear" in raw) {
    // A measured consumption excludes the estimate's keys: a mixed object is refused, not half read.
    unknownKeys(raw, MEASURED_KEYS, ["use"], problems);
    const k = readDecimal(raw["kwhPerYear"], ["use", "kwhPerYear"], problems, "nonnegative");
    if (k !== undefined) out.kwhPerYear = k;
    const per = raw["per"];
    if (per !== undefined) {
      if (per === "device" || per === "group") out.per = per;
      else
        problems.push(
          problem("NRS_INVALID_VALUE", ["use", "per"], "« per » vaut « device » ou « group ».", '"per" is "device" or "group".'),
        );
    }
  } else {
    unknownKeys(raw, ESTIMATED_KEYS, ["use"], problems);
    if (raw["hoursPerDay"] !== undefined) {
      const h = readDecimal(raw["hoursPerDay"], ["use", "hoursPerDay"], problems, "nonnegative");
      if (h !== undefined && h.gt(24))
        problems.push(
          problem("NRS_TOO_BIG", ["use", "hoursPerDay"], "Plus de 24 heures d'utilisation par jour.", "More than 24 hours of use per day."),
        );
      else if (h !== undefined) out.hoursPerDay = h;
    }
    if (raw["powerW"] !== undefined) {
      const w = readDecimal(raw["powerW"], ["use", "powerW"], problems, "nonnegative");
      if (w !== undefined) out.powerW = w;
    }
  }
  return problems.length > before ? undefined : (out as ParsedUse);
}

function parseDate(text: string, path: string, problems: Problem[]): number | undefined {
  const day = parseIsoDay(text);
  if (day === undefined) {
    problems.push(
      problem(
        "NRS_INVALID_DATE",
        [path],
        `Date invalide : « ${text} » (format attendu AAAA-MM-JJ).`,
        `Invalid date: "${text}" (expected YYYY-MM-DD).`,
      ),
    );
    return undefined;
  }
  return dayNumber(day.year, day.month, day.day);
}

/** Checks a device input, every problem at once (`NrsError`). @internal */
export function validateDevice(input: DeviceFootprintInput): ParsedInput {
  const problems: Problem[] = [];
  if (!isObject(input))
    throw new NrsError([problem("NRS_INVALID_TYPE", [], "L'entrée doit être un objet.", "The input must be an object.")]);
  const raw = input as unknown as Record<string, unknown>;
  unknownKeys(raw, INPUT_KEYS, [], problems);
  const v: { -readonly [K in keyof ParsedInput]?: ParsedInput[K] } = {};
  if (typeof raw["type"] !== "string")
    problems.push(
      problem(
        raw["type"] === undefined ? "NRS_REQUIRED" : "NRS_INVALID_TYPE",
        ["type"],
        "Type d'équipement attendu (texte).",
        "A device type (text) is expected.",
      ),
    );
  else if (raw["type"].length === 0)
    problems.push(problem("NRS_TOO_SHORT", ["type"], "Le type d'équipement est vide.", "The device type is empty."));
  else v.type = raw["type"];
  if (raw["quantity"] !== undefined) {
    const q = readDecimal(raw["quantity"], ["quantity"], problems, "nonnegative");
    if (q !== undefined) v.quantity = q;
  }
  if (raw["lifetimeYears"] !== undefined) {
    const l = readDecimal(raw["lifetimeYears"], ["lifetimeYears"], problems, "positive");
    if (l !== undefined) v.lifetimeYears = l;
  }
  if (raw["use"] !== undefined) {
    const u = readUse(raw["use"], problems);
    if (u !== undefined) v.use = u;
  }
  const location = raw["location"];
  if (location !== undefined) {
    const z = readZone(location, ["location"], problems);
    if (z !== undefined) v.location = z;
  }
  const origin = raw["origin"];
  if (origin !== undefined) {
    if (typeof origin === "string" && ORIGINS.has(origin)) v.origin = origin as ParsedInput["origin"] & string;
    else
      problems.push(
        problem(
          "NRS_INVALID_VALUE",
          ["origin"],
          "Origine attendue : neuf, reemploi ou reconditionne.",
          "Expected origin: neuf, reemploi or reconditionne.",
        ),
      );
  }
  const year = raw["year"];
  if (year !== undefined) {
    const y = readYear(year, ["year"], problems);
    if (y !== undefined) v.year = y;
  }
  for (const key of ["acquisitionDate", "retirementDate"] as const) {
    const d = raw[key];
    if (d === undefined) continue;
    if (typeof d === "string") v[key] = d;
    else problems.push(problem("NRS_INVALID_TYPE", [key], "Date attendue (texte AAAA-MM-JJ).", "A date (text YYYY-MM-DD) is expected."));
  }
  const dd = raw["deviceDays"];
  if (dd !== undefined) {
    if (!isObject(dd))
      problems.push(problem("NRS_INVALID_TYPE", ["deviceDays"], "« deviceDays » doit être un objet.", '"deviceDays" must be an object.'));
    else {
      unknownKeys(dd, new Set(["service", "amortized"]), ["deviceDays"], problems);
      const service = readDecimal(dd["service"], ["deviceDays", "service"], problems, "nonnegative");
      const amortized = readDecimal(dd["amortized"], ["deviceDays", "amortized"], problems, "nonnegative");
      if (service !== undefined && amortized !== undefined) {
        if (amortized.gt(service))
          problems.push(
            problem(
              "NRS_BAD_RANGE",
              ["deviceDays", "amortized"],
              "Les jours amortis dépassent les jours en service.",
              "Amortised days exceed days in service.",
            ),
          );
        else v.deviceDays = { service, amortized };
      }
      if (year === undefined)
        problems.push(problem("NRS_REQUIRED", ["year"], "L'année est requise avec deviceDays.", "The year is required with deviceDays."));
      if (raw["acquisitionDate"] !== undefined || raw["retirementDate"] !== undefined) {
        problems.push(
          problem(
            "NRS_CONFLICT",
            ["deviceDays"],
            "Donner soit deviceDays, soit des dates, pas les deux.",
            "Give either deviceDays or dates, not both.",
          ),
        );
      }
    }
  }
  const a = v.acquisitionDate !== undefined ? parseDate(v.acquisitionDate, "acquisitionDate", problems) : undefined;
  const b = v.retirementDate !== undefined ? parseDate(v.retirementDate, "retirementDate", problems) : undefined;
  if (a !== undefined && b !== undefined && b < a) {
    problems.push(
      problem(
        "NRS_DATE_ORDER",
        ["retirementDate"],
        `La date de sortie (${v.retirementDate}) précède la date d'acquisition (${v.acquisitionDate}).`,
        `The retirement date (${v.retirementDate}) is before the acquisition date (${v.acquisitionDate}).`,
      ),
    );
  }
  if ((v.acquisitionDate !== undefined || v.retirementDate !== undefined) && year === undefined) {
    problems.push(
      problem("NRS_REQUIRED", ["year"], "L'année de l'exercice est requise avec des dates.", "The reporting year is required with dates."),
    );
  }
  if (problems.length > 0) throw new NrsError(problems);
  return v as ParsedInput;
}
