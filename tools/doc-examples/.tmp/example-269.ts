import type { TracedValue } from "@nrs/footprint";
const v: TracedValue = {
  name: "lifetimeYears", value: "5", unit: "year", origin: "default", factorId: "dev-laptop-lifespan",
  reason: { fr: "Durée de vie ADEME du type.", en: "ADEME lifetime of the type." },
};
console.log(v.origin);
export {};
