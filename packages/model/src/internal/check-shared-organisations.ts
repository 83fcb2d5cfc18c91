import { compareDecimalStrings } from "@nrs/core";
import type { EntiteLiee } from "../entite-liee.js";
import type { ServicePartage } from "../service-partage.js";
import { addIssue } from "./add-issue.js";
import { sumDecimalStrings } from "./sum-decimal-strings.js";

/** What the checks need of a collectivité (a subset of its parsed form). */
interface Shape {
  readonly type: "COMMUNE" | "EPCI_FP";
  readonly codeInsee?: string | undefined;
  readonly agentsEtp?: string | undefined;
  readonly population: { readonly valeur: number };
  readonly communesMembres?:
    readonly { readonly codeInsee: string; readonly population?: { readonly valeur: number } | undefined }[] | undefined;
  readonly entitesLiees?: readonly EntiteLiee[] | undefined;
  readonly servicesPartages?: readonly ServicePartage[] | undefined;
}

type Ctx = Parameters<typeof addIssue>[0];

/** The figure a key needs for one entity, or undefined when collectivite.json has none. */
export function keyFigure(c: Shape, entity: string, cle: "agents" | "population"): string | undefined {
  const linked = c.entitesLiees?.find((e) => e.code === entity);
  if (entity === "epci" || (c.type === "COMMUNE" && entity === c.codeInsee))
    return cle === "agents" ? c.agentsEtp : String(c.population.valeur);
  if (linked !== undefined)
    return cle === "agents" ? linked.agentsEtp : linked.population === undefined ? undefined : String(linked.population.valeur);
  const member = c.communesMembres?.find((m) => m.codeInsee === entity);
  if (member !== undefined && cle === "population" && member.population !== undefined) return String(member.population.valeur);
  return undefined;
}

/** Cross-field rules of `entitesLiees` and `servicesPartages` (each problem at its JSON path). */
export function checkSharedOrganisations(ctx: Ctx, c: Shape): void {
  const linked = c.entitesLiees ?? [];
  const services = c.servicesPartages ?? [];
  const own = c.type === "EPCI_FP" ? (c.communesMembres ?? []).map((m) => m.codeInsee) : c.codeInsee === undefined ? [] : [c.codeInsee];
  const codes = new Set<string>();
  const claim = (code: string, path: (string | number)[]) => {
    if (code === "epci" || codes.has(code)) {
      addIssue(
        ctx,
        c,
        path,
        "NRS_DUPLICATE_ENTITY",
        `Le code « ${code} » est déjà pris (epci, une autre entité ou un autre service).`,
        `Code "${code}" is already taken (epci, another entity or another service).`,
      );
    }
    codes.add(code);
  };
  linked.forEach((e, i) => claim(e.code, ["entitesLiees", i, "code"]));
  services.forEach((s, i) => claim(s.code, ["servicesPartages", i, "code"]));
  const sharing = new Set(["epci", ...own, ...linked.map((e) => e.code)]);
  services.forEach((s, i) => {
    const at = (...p: (string | number)[]) => ["servicesPartages", i, ...p];
    const seen = new Set<string>();
    s.entites.forEach((e, j) => {
      if (!sharing.has(e)) {
        addIssue(
          ctx,
          c,
          at("entites", j),
          "NRS_UNDECLARED_ENTITY",
          `Entité « ${e} » non déclarée : ajoutez-la à entitesLiees (code, nom, type, siren), ou utilisez epci ou un code INSEE de ${c.type === "EPCI_FP" ? "commune membre" : "la commune"}.`,
          `Entity "${e}" is not declared: add it to entitesLiees (code, nom, type, siren), or use epci or an INSEE code of ${c.type === "EPCI_FP" ? "a member commune" : "the commune"}.`,
        );
      }
      if (seen.has(e))
        addIssue(ctx, c, at("entites", j), "NRS_DUPLICATE_ENTITY", `L'entité « ${e} » figure deux fois.`, `Entity "${e}" appears twice.`);
      seen.add(e);
    });
    if (s.cle === "parts") {
      if (s.parts === undefined) {
        addIssue(
          ctx,
          c,
          at("cle"),
          "NRS_SHARES_MISSING",
          "La clé « parts » demande le champ parts (une part par entité, total 1).",
          'Key "parts" needs the field parts (one share per entity, adding up to 1).',
        );
        return;
      }
      const keys = Object.keys(s.parts);
      const missing = s.entites.filter((e) => !keys.includes(e));
      const extra = keys.filter((k) => !s.entites.includes(k));
      if (missing.length > 0 || extra.length > 0) {
        addIssue(
          ctx,
          c,
          at("parts"),
          "NRS_SHARES_ENTITIES",
          `Les parts doivent nommer exactement les entités du service${missing.length > 0 ? ` ; manquent : ${missing.join(", ")}` : ""}${extra.length > 0 ? ` ; en trop : ${extra.join(", ")}` : ""}.`,
          `The shares must name exactly the service's entities${missing.length > 0 ? `; missing: ${missing.join(", ")}` : ""}${extra.length > 0 ? `; not in entites: ${extra.join(", ")}` : ""}.`,
        );
      }
      const sum = sumDecimalStrings(Object.values(s.parts));
      if (compareDecimalStrings(sum, "1") !== 0) {
        addIssue(
          ctx,
          c,
          at("parts"),
          "NRS_SHARES_NOT_ONE",
          `Les parts font ${sum} au total au lieu de 1 exactement.`,
          `The shares add up to ${sum} instead of exactly 1.`,
        );
      }
      return;
    }
    if (s.parts !== undefined) {
      addIssue(
        ctx,
        c,
        at("parts"),
        "NRS_SHARES_UNUSED",
        `Des parts sont données mais la clé est « ${s.cle} » : retirez parts ou prenez cle « parts ».`,
        `Shares are given but the key is "${s.cle}": remove parts or use key "parts".`,
      );
    }
    if (s.cle === "agents" || s.cle === "population") {
      const field = s.cle === "agents" ? "agentsEtp" : "population";
      const none = s.entites.filter((e) => sharing.has(e) && keyFigure(c, e, s.cle as "agents" | "population") === undefined);
      const zero = s.entites.every((e) => compareDecimalStrings(keyFigure(c, e, s.cle as "agents" | "population") ?? "0", "0") === 0);
      if (none.length > 0) {
        addIssue(
          ctx,
          c,
          at("cle"),
          "NRS_ALLOCATION_KEY_NO_DATA",
          `La clé « ${s.cle} » demande ${field} pour chaque entité du service ; sans donnée : ${none.join(", ")}.`,
          `Key "${s.cle}" needs ${field} for every entity of the service; no figure for: ${none.join(", ")}.`,
        );
      } else if (zero) {
        addIssue(
          ctx,
          c,
          at("cle"),
          "NRS_ALLOCATION_KEY_NO_DATA",
          `La clé « ${s.cle} » vaut 0 pour toutes les entités du service.`,
          `Key "${s.cle}" is 0 for every entity of the service.`,
        );
      }
    }
  });
}
