import { Decimal } from "decimal.js";
import { assertNonNegative, NrsError } from "@nrs/core";
__nrsLog(0, assertNonNegative(new Decimal(3), ["agents"]).toString()); // 3
try {
  assertNonNegative(new Decimal(-1), ["agents"], { fr: "Le nombre d'agents est négatif.", en: "The number of employees is negative." });
} catch (e) {
  __nrsLog(1, e instanceof NrsError && e.problems[0]?.path); // ["agents"]
}
export {};
