import { DEFAULT_ENTITY } from "@nrs/indicators";
import type { Collectivite } from "@nrs/model";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-code.js";

/**
 * The entities of `collectivite.json` that can have a bilan of their own: the collectivité itself
 * (`epci`) and, for an EPCI, each member commune that gives its SIREN and population (a ville-centre
 * reporting jointly with its métropole).
 */
export function reportableEntities(c: Collectivite): string[] {
  const members = c.type === "EPCI_FP" ? (c.communesMembres ?? []).filter((m) => m.siren !== undefined && m.population !== undefined) : [];
  return [DEFAULT_ENTITY, ...members.map((m) => m.codeInsee)];
}

/**
 * The collectivité whose bilan `nrs report --entite <code>` writes: the folder's own for `epci` (or a
 * commune's own INSEE code), else a member commune as a commune of its own (its name, SIREN, INSEE code
 * and population, so its own obligations). Throws `NRS_CLI_ENTITY_NOT_REPORTABLE` (exit 1) with what to
 * add to `collectivite.json` when the entity is unknown or lacks its SIREN or population.
 */
export function entityCollectivite(c: Collectivite, code: string): Collectivite {
  if (code === DEFAULT_ENTITY || (c.type === "COMMUNE" && code === c.codeInsee)) return c;
  const member = c.type === "EPCI_FP" ? c.communesMembres?.find((m) => m.codeInsee === code) : undefined;
  const reportable = reportableEntities(c).join(", ");
  if (member === undefined || member.siren === undefined || member.population === undefined) {
    const missing =
      member === undefined
        ? undefined
        : [member.siren === undefined ? "siren" : "", member.population === undefined ? "population" : ""].filter(Boolean).join(", ");
    throw new CliError(
      "NRS_CLI_ENTITY_NOT_REPORTABLE",
      missing === undefined
        ? {
            fr: `« ${code} » n'est pas une collectivité de collectivite.json qui puisse avoir son bilan.`,
            en: `"${code}" is not a collectivité of collectivite.json that can have its own bilan.`,
          }
        : {
            fr: `La commune membre ${member!.nom} (${code}) n'a pas de ${missing} dans collectivite.json : son bilan ne peut pas dire qui elle est ni ses obligations.`,
            en: `Member commune ${member!.nom} (${code}) has no ${missing} in collectivite.json: its bilan could not say who it is nor its obligations.`,
          },
      missing === undefined
        ? { fr: `Entités possibles : ${reportable}.`, en: `Possible entities: ${reportable}.` }
        : {
            fr: `Ajoutez ${missing} à sa ligne de communesMembres. Entités possibles aujourd'hui : ${reportable}.`,
            en: `Add ${missing} to its line of communesMembres. Possible entities today: ${reportable}.`,
          },
      ExitCode.problems,
    );
  }
  return { type: "COMMUNE", nom: member.nom, siren: member.siren, codeInsee: member.codeInsee, population: member.population };
}
