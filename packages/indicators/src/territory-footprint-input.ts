import { definedProps } from "@nrs/core";
import type { ImpactTable, TerritoryFootprintInput } from "@nrs/footprint";
import type { DonneesTerritoire } from "@nrs/model";

// The calculator's input names → the names of territoire.json, so that an error points into the file.
const JSON_NAMES: Readonly<Record<string, string>> = {
  name: "nom",
  itEnergyKWh: "energieInformatiqueKWh",
  itPowerKW: "puissanceInformatiqueKW",
};

/**
 * Turns a parsed `territoire.json` (`@nrs/model`'s `DonneesTerritoire`) into the input of
 * `@nrs/footprint`'s `computeTerritoryFootprint`: the study year, the population (from
 * `collectivite.json`), the local data, and the administration's footprint unless the file says
 * `partAdministration: false`. {@link territoryInputPath} maps an error's path back to the file.
 *
 * @example
 * ```ts
 * import { computeTerritoryFootprint } from "@nrs/footprint";
 * import { territoryFootprintInput } from "@nrs/indicators";
 * const input = territoryFootprintInput({ menages: 31000, centresDeDonnees: { sites: [{ nom: "Salle", energieInformatiqueKWh: "1000" }] } }, { year: 2022, population: 68000 });
 * console.log(input.centresDeDonnees?.sites?.[0]?.name, computeTerritoryFootprint(input).bySegment.terminaux.basis); // Salle menages
 * ```
 */
export function territoryFootprintInput(
  d: DonneesTerritoire,
  context: { readonly year: number; readonly population: number; readonly administration?: ImpactTable },
): TerritoryFootprintInput {
  const dc = d.centresDeDonnees;
  const admin = context.administration;
  return {
    year: context.year,
    population: context.population,
    ...definedProps({ menages: d.menages, abonnementsFixes: d.abonnementsFixes }),
    // eslint-disable-next-line no-restricted-syntax -- the data-centre record is built from the input (translated keys), not the value passed on
    ...(dc === undefined
      ? {}
      : {
          centresDeDonnees: {
            ...definedProps({ comptage: dc.comptage }),
            sites: (dc.sites ?? []).map((s) => ({
              name: s.nom,
              ...definedProps({ itEnergyKWh: s.energieInformatiqueKWh, itPowerKW: s.puissanceInformatiqueKW, pue: s.pue }),
            })),
          },
        }),
    ...(admin !== undefined && d.partAdministration !== false ? { administration: admin } : {}),
  };
}

/**
 * The path in `territoire.json` of a problem that `computeTerritoryFootprint` reported on the input
 * built by {@link territoryFootprintInput} (`centresDeDonnees.sites.0.itEnergyKWh` →
 * `centresDeDonnees.sites.0.energieInformatiqueKWh`).
 *
 * @example
 * ```ts
 * import { territoryInputPath } from "@nrs/indicators";
 * console.log(territoryInputPath(["centresDeDonnees", "sites", 0, "itEnergyKWh"]).join(".")); // centresDeDonnees.sites.0.energieInformatiqueKWh
 * ```
 */
export function territoryInputPath(path: readonly (string | number)[]): (string | number)[] {
  return path.map((k) => (typeof k === "string" ? (JSON_NAMES[k] ?? k) : k));
}
