import type { Collectivite } from "./collectivite.js";
import type { Obligation } from "./obligation.js";
import { agecObligation, reemploiObligation } from "./obligation-equipment.js";
import { openDataObligation } from "./obligation-open-data.js";
import { rgaaObligation } from "./obligation-rgaa.js";
import { snrObligation } from "./obligation-snr.js";
import { obligationContext, type ObligationsOptions } from "./obligations-options.js";

/**
 * Tells which obligations apply to a collectivité on a date, each with its legal reference, its
 * deadlines and, when adoption dates are given, whether they were met: the stratégie numérique
 * responsable (strictly more than 50,000 inhabitants: programme de travail by 2023-01-01, strategy by
 * 2025-01-01, bilan every year in the rapport DD before the budget debate), open data by default
 * (at least 3,500 inhabitants and 50 FTE), AGEC art. 58 purchases, décret n° 2023-266 reuse of
 * retired IT equipment, and RGAA accessibility. Unconfirmed readings are options whose defaults are
 * {@link OBLIGATIONS_DEFAULTS}. Throws an `NrsError` (`NRS_INVALID_OPTION`) on a bad date.
 *
 * @example
 * ```ts
 * import { obligations, parseCollectivite } from "@nrs/model";
 * const c = parseCollectivite({ type: "COMMUNE", nom: "Fictiville", siren: "732829320", codeInsee: "26901",
 *   population: { valeur: 50001, type: "totale", millesime: 2021 }, agentsEtp: 900 });
 * if (!c.ok) throw new Error("should parse");
 * const snr = obligations(c.value, { on: "2025-06-01", adoptions: { strategie: "2025-03-20" } })
 *   .find((o) => o.code === "SNR");
 * console.log(snr?.applicable); // true
 * console.log(snr?.echeances.find((e) => e.code === "STRATEGIE")?.statut); // "ADOPTEE_EN_RETARD"
 * ```
 */
export function obligations(collectivite: Collectivite, options: ObligationsOptions): Obligation[] {
  const ctx = obligationContext(collectivite, options);
  return [snrObligation(ctx), openDataObligation(ctx), agecObligation(ctx), reemploiObligation(ctx), rgaaObligation()];
}
