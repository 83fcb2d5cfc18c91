import { definedProps, isIsoDay, NrsError, problem, toDecimal, type DecimalInput, type Problem } from "@nrs/core";
import { Decimal } from "decimal.js";
import type { InventoryItem, InventoryItemInput } from "./inventory-item.js";

const ORIGINS: readonly string[] = ["neuf", "reemploi", "reconditionne"];

function itemProblem(path: (string | number)[], fr: string, en: string): Problem {
  return problem("NRS_INVENTORY_BAD_ITEM", path, fr, en);
}

/** The problems of a hand-made item (items from the parsers have none). @internal */
export function checkInventoryItem(it: InventoryItem, i: number): Problem[] {
  const out: Problem[] = [];
  if (typeof it.type !== "string" || it.type === "") out.push(itemProblem([i, "type"], "Type manquant.", "Missing type."));
  if (!Number.isSafeInteger(it.quantity) || it.quantity < 1) {
    out.push(itemProblem([i, "quantity"], "La quantité est un entier ≥ 1.", "The quantity is a whole number ≥ 1."));
  }
  if (!ORIGINS.includes(it.origin)) out.push(itemProblem([i, "origin"], "Origine inconnue.", "Unknown origin."));
  const dates: ["acquisitionDate" | "retirementDate", string | undefined][] = [
    ["acquisitionDate", it.acquisitionDate],
    ["retirementDate", it.retirementDate],
  ];
  for (const [k, v] of dates) {
    if (v === undefined) continue;
    if (!isIsoDay(v)) {
      out.push(itemProblem([i, k], "Date AAAA-MM-JJ existante attendue.", "An existing YYYY-MM-DD date is expected."));
    }
  }
  if (it.acquisitionDate !== undefined && it.retirementDate !== undefined && it.retirementDate < it.acquisitionDate) {
    out.push(
      itemProblem(
        [i, "retirementDate"],
        "La date de sortie précède la date d'acquisition.",
        "The retirement date is before the acquisition date.",
      ),
    );
  }
  if (it.lifetimeYears !== undefined && !(it.lifetimeYears.isFinite() && it.lifetimeYears.gt(0))) {
    out.push(itemProblem([i, "lifetimeYears"], "La durée de vie est > 0.", "The lifetime is > 0."));
  }
  if (it.annualKwh !== undefined && !(it.annualKwh.isFinite() && !it.annualKwh.isNegative())) {
    out.push(itemProblem([i, "annualKwh"], "La consommation est ≥ 0.", "The consumption is ≥ 0."));
  }
  return out;
}

function readQuantity(v: DecimalInput | undefined, path: (string | number)[], problems: Problem[]): Decimal | undefined {
  if (v === undefined) return undefined;
  try {
    return toDecimal(v, path);
  } catch (e) {
    if (!(e instanceof NrsError)) throw e;
    problems.push(...e.problems);
    return undefined;
  }
}

/** A hand-made item with its quantities as Decimals (`NRS_NOT_A_NUMBER` in `problems` for one that is not a number). @internal */
export function itemOfInput(it: InventoryItemInput, i: number, problems: Problem[]): InventoryItem {
  const { lifetimeYears, annualKwh, ...rest } = it;
  // An item from the parsers already holds Decimals: kept as it is (no copy of a million lines).
  if ((lifetimeYears === undefined || Decimal.isDecimal(lifetimeYears)) && (annualKwh === undefined || Decimal.isDecimal(annualKwh)))
    return it as InventoryItem;
  const lifetime = readQuantity(lifetimeYears, [i, "lifetimeYears"], problems);
  const kwh = readQuantity(annualKwh, [i, "annualKwh"], problems);
  return { ...rest, ...definedProps({ lifetimeYears: lifetime, annualKwh: kwh }) };
}
