import { computeInventoryFootprint } from "@nrs/footprint";
import { computeIndicators, footprintInput } from "@nrs/indicators";
const devices = await computeInventoryFootprint("type;quantite\nordinateur_portable;100\necran;100\n", { reportingYear: 2024 });
const r = computeIndicators({ agents: 100, footprint: footprintInput(devices) }, { year: 2024 });
const v = r.values.find((x) => x.code === "empreinte-carbone-par-agent");
console.log(v?.value.gt(0), v?.provenance.factorPacks?.[0]?.id);
export {};
