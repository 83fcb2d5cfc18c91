import { Decimal } from "decimal.js";
import { compareCollectivites, type CompareSubject } from "@nrs/indicators";
const subject = (id: string, agents: number, total: number): CompareSubject => ({
  id, name: id, agents, year: 2025, source: { kind: "projet", label: id },
  values: [{ key: "empreinte-carbone-totale", code: "empreinte-carbone-totale", label: { fr: "Empreinte", en: "Footprint" }, unit: "kgCO2e", value: new Decimal(total) }],
});
const r = compareCollectivites([subject("A", 1000, 200000), subject("B", 500, 150000)]);
const c = r.indicators[0]!;
__nrsLog(0, c.unit, c.groups[0]!.values.map((v) => `${v.subject} ${v.value.toString()}`).join(", ")); // kgCO2e/agent A 200, B 300
export {};
