import { ex, problem } from "@nrs/core";
import type { DeviceFootprintOptions } from "../devices/device-input.js";
import { isObject, readDecimal, readZone, unknownKeys } from "../devices/read-input.js";
import { ResultBuilder } from "../devices/result-builder.js";
import { yearFactor } from "../devices/year-factor.js";
import type { FactorRow } from "../packs/factor-pack.js";
import { hostingContext, hostingResult, prefixed, readPue } from "./hosting-context.js";
import type { HostingFootprintInput, HostingFootprintResult } from "./hosting-input.js";
import { onPremiseParts } from "./on-premise-footprint.js";

const CONTRACT_KEYS = new Set(["name", "kwhPerYear", "pue", "pueIncluded", "location"]);

/**
 * Footprint of the collectivité's hosting for a year: on-premise servers and storage (manufacturing
 * amortised over their lifetime, as for devices; electricity from power × hours or measured kWh,
 * times the PUE, times the grid factor) and hosting contracts (kWh × PUE × grid factor).
 *
 * Formulas, for each on-premise entry: `embodied = impact × amortized device-years / lifetime`;
 * `kWh = power × hours/day × 365 / 1000 × device-years × PUE` (or measured kWh × PUE);
 * `GHG(use) = kWh × grid factor`. For a contract: `kWh = kwhPerYear × PUE` (× 1 when `pueIncluded`),
 * `GHG(use) = kWh × grid factor`. The `energy` criterion carries the kWh including the PUE. Every
 * error of every entry is reported at once, with its path (`servers.0.quantity`...).
 *
 * @example
 * ```ts
 * import { computeHostingFootprint } from "@nrs/footprint";
 * const r = computeHostingFootprint({
 *   year: 2025,
 *   servers: [{ name: "salle mairie", quantity: 4 }],
 *   contracts: [{ name: "hébergeur", kwhPerYear: 12000, pue: "1.3" }],
 * });
 * // contract: 12000 kWh × 1.3 × 0.0461 kgCO2e/kWh
 * console.log(r.parts[1]?.result.impacts.gwp?.use?.value.toString()); // "719.16"
 * console.log(r.parts.length, r.impacts.gwp?.manufacturing !== undefined); // 2 true
 * ```
 */
export function computeHostingFootprint(input: HostingFootprintInput, options: DeviceFootprintOptions = {}): HostingFootprintResult {
  const ctx = hostingContext(input, options);
  const { pack, year, location, problems, pueFor } = ctx;
  const parts = onPremiseParts(ctx, input, options);

  (input.contracts ?? []).forEach((c, i) => {
    const path = ["contracts", i];
    if (!isObject(c)) {
      problems.push(problem("NRS_INVALID_TYPE", path, "Contrat attendu (objet).", "A contract (object) is expected."));
      return;
    }
    const before = problems.length;
    unknownKeys(c, CONTRACT_KEYS, path, problems);
    const kwhPerYear = readDecimal(c["kwhPerYear"], [...path, "kwhPerYear"], problems, "nonnegative");
    const cPue = c["pue"] === undefined ? undefined : readPue(c["pue"], [...path, "pue"], problems);
    const cLocation = c["location"] === undefined ? undefined : readZone(c["location"], [...path, "location"], problems);
    const pueIncluded = c["pueIncluded"];
    if (pueIncluded !== undefined && typeof pueIncluded !== "boolean") {
      problems.push(problem("NRS_INVALID_TYPE", [...path, "pueIncluded"], "Vrai ou faux attendu.", "true or false expected."));
    }
    const name = c["name"];
    if (name !== undefined && typeof name !== "string")
      problems.push(problem("NRS_INVALID_TYPE", [...path, "name"], "Texte attendu.", "Text expected."));
    if (problems.length > before || kwhPerYear === undefined) return;
    const v = {
      name: name as string | undefined,
      kwhPerYear,
      pue: cPue,
      pueIncluded: pueIncluded as boolean | undefined,
      location: cLocation,
    };
    const label = v.name ?? `contract ${i + 1}`;
    const b = new ResultBuilder(label);
    const loc = v.location ?? location;
    let kwh = ex(v.kwhPerYear);
    b.value("kwhPerYear", v.kwhPerYear.toFixed(), "input", { unit: "kWh" });
    if (v.pueIncluded === true) {
      b.value("pueIncluded", "true", "input");
    } else {
      const p = pueFor(v.pue, loc, [...path, "pue"]);
      if (p === undefined) return;
      if (p.row !== undefined) {
        b.useFactor(p.row);
        b.value("pue", p.value.toFixed(), "default", {
          factorId: p.row.id,
          reason: { fr: "PUE moyen du pays dans le jeu de facteurs.", en: "Country average PUE in the factor pack." },
        });
      } else b.value("pue", p.value.toFixed(), "input");
      kwh = kwh.times(ex(p.value));
    }
    const gq =
      year === undefined
        ? { item: `electricite_${loc}`, criterion: "gwp" as const, stage: "use" as const }
        : { item: `electricite_${loc}`, criterion: "gwp" as const, stage: "use" as const, year };
    let grid: FactorRow;
    try {
      grid = yearFactor(pack, gq, b);
    } catch (e) {
      problems.push(...prefixed(e, [...path, "location"]));
      return;
    }
    b.add("energy", "use", kwh, kwh, kwh);
    b.addFactor("gwp", "use", grid, kwh);
    b.note(
      "Contrat d'hébergement : la fabrication des équipements de l'hébergeur n'est pas connue et est absente du résultat.",
      "Hosting contract: the manufacturing of the operator's equipment is not known and is absent from the result.",
    );
    parts.push({ kind: "contract", name: label, result: { impacts: b.impacts(), trace: b.trace() } });
  });

  return hostingResult(ctx, parts);
}
