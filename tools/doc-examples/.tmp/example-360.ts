import { Decimal } from "decimal.js";
import type { HostingLine } from "@nrs/indicators";
const h: HostingLine = { annualKwh: new Decimal(24300), pue: new Decimal("1.9"), entity: "epci" };
console.log(h.pue?.toString());
export {};
