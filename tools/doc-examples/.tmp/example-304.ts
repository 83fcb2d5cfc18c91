import { Decimal } from "decimal.js";
import type { SubjectValue } from "@nrs/indicators";
const v: SubjectValue = { key: "empreinte-carbone-par-agent", code: "empreinte-carbone-par-agent", label: { fr: "Empreinte par agent", en: "Footprint per employee" }, unit: "kgCO2e/agent", value: new Decimal("162.4") };
console.log(v.value.toString());
export {};
