import { computeNetworkFootprint, defineFactorPack } from "@nrs/footprint";
const pack = defineFactorPack({
  id: "exemple", version: "1", title: { fr: "Exemple", en: "Example" },
  rows: [{ id: "fixe", item: "reseau_fixe_FR", criterion: "gwp", stage: "use", value: "0.00926934695867389",
    unit: "kgCO2e/GB", source: "ADEME (NegaOctet)", year: 2022, geography: "FR", licence: "ADEME" }],
});
const r = computeNetworkFootprint({ pack, flows: [{ network: "fixed-FR", volume: 1000, unit: "GB" }] });
__nrsLog(0, r.impacts.gwp?.use?.value.toString()); // "9.26934695867389"
export {};
