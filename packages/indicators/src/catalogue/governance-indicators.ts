import { bp, def, m } from "./catalogue-row.js";

/** Catalogue rows: Governance. */
export const GOVERNANCE_INDICATORS = Object.freeze([
  def({
    code: "referent-nr",
    fr: "Présence d'un référent numérique responsable",
    en: "A responsible-digital lead is appointed",
    unit: "oui/non",
    direction: "HAUSSE",
    axis: "AUTRE",
    sources: [bp("a.1")],
    aggregation: "none",
    computation: "collected",
    nature: "STOCK",
    method: m("Oui (1) / non (0) (saisie)", "Yes (1) / no (0) (entered)"),
  }),
  def({
    code: "plan-action-valide",
    fr: "Plan d'action numérique responsable validé et communiqué",
    en: "Responsible-digital action plan approved and communicated",
    unit: "oui/non",
    direction: "HAUSSE",
    axis: "AUTRE",
    sources: [bp("a.2")],
    aggregation: "none",
    computation: "collected",
    nature: "STOCK",
    method: m("Oui (1) / non (0) (saisie)", "Yes (1) / no (0) (entered)"),
  }),
  def({
    code: "mwh-economises",
    fr: "Énergie économisée",
    en: "Energy saved",
    unit: "MWh",
    direction: "HAUSSE",
    axis: "AUTRE",
    sources: [bp("f.8")],
    aggregation: "sum",
    computation: "collected",
    method: m("Saisie", "Entered"),
  }),
]);
