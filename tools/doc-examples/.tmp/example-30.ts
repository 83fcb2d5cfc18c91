import { Decimal } from "decimal.js";
import { toJsonValue } from "@nrs/core";
const v = toJsonValue({ x: new Decimal("1.50") }) as { x: string };
if (v.x !== "1.5") throw new Error("unexpected");
export {};
