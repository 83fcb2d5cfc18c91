import { bp, def, INR, m, NRS, STAGE } from "./catalogue-row.js";

/** Catalogue rows: Footprint (transversal, RCP SI / INR / MiNumEco c.2). */
export const FOOTPRINT_INDICATORS = Object.freeze([
  def({
    code: "empreinte-carbone-totale",
    fr: "Empreinte carbone du numérique de l'administration",
    en: "Carbon footprint of the administration's digital equipment and services",
    unit: "kgCO2e",
    direction: "BAISSE",
    axis: "AUTRE",
    sources: [bp("c.2"), INR],
    aggregation: "sum",
    computation: "computed",
    method: m(
      "Somme des impacts GES (fabrication amortie, distribution, utilisation, fin de vie) de l'inventaire et de l'hébergement calculés par @nrs/footprint",
      "Sum of the GHG impacts (amortised fabrication, distribution, use, end of life) of the inventory and hosting computed by @nrs/footprint",
    ),
    breakdownBy: STAGE,
  }),
  def({
    code: "empreinte-carbone-par-agent",
    fr: "Empreinte carbone du numérique de l'administration par agent",
    en: "Carbon footprint of the administration's digital equipment per employee",
    unit: "kgCO2e/agent",
    direction: "BAISSE",
    axis: "AUTRE",
    sources: [bp("c.2"), INR],
    aggregation: "ratio",
    computation: "computed",
    method: m("Empreinte annuelle (kgCO2e) / agents (ETP)", "Annual footprint (kgCO2e) / employees (FTE)"),
    breakdownBy: STAGE,
  }),
  def({
    code: "empreinte-carbone-par-habitant",
    fr: "Empreinte carbone du numérique de l'administration par habitant",
    en: "Carbon footprint of the administration's digital equipment per inhabitant",
    unit: "kgCO2e/habitant",
    direction: "BAISSE",
    axis: "AUTRE",
    sources: [NRS],
    aggregation: "ratio",
    computation: "computed",
    method: m("Empreinte annuelle (kgCO2e) / population", "Annual footprint (kgCO2e) / population"),
    breakdownBy: STAGE,
  }),
]);
