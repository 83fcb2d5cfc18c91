import { Decimal } from "decimal.js";
import type { ComparedValue } from "@nrs/indicators";
const v: ComparedValue = { subject: "217500016", raw: new Decimal(6000), value: new Decimal(10), rank: 1, quartile: 1, betterThanMedian: true };
console.log(v.rank);
export {};
