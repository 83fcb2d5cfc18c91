import type { Collectivite } from "@nrs/model";

/** The name of an `entite` code in collectivite.json (the code itself when unknown). */
export function entityName(c: Collectivite, code: string): string {
  if (code === "epci") return c.nom;
  return (
    c.entitesLiees?.find((e) => e.code === code)?.nom ??
    c.communesMembres?.find((m) => m.codeInsee === code)?.nom ??
    c.servicesPartages?.find((s) => s.code === code)?.nom ??
    (code === c.codeInsee ? c.nom : code)
  );
}
