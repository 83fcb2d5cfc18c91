import * as z from "zod/mini";
import { zNonNegativeDecimalString } from "@nrs/core";
import { zCodeInsee } from "./code-insee.js";
import { EntiteLieeSchema } from "./entite-liee.js";
import { checkSharedOrganisations } from "./internal/check-shared-organisations.js";
import { PopulationSchema } from "./population.js";
import { ServicePartageSchema } from "./service-partage.js";
import { zSiren } from "./siren.js";
import { zSiret } from "./siret.js";
import { addIssue } from "./internal/add-issue.js";

export { PopulationSchema, type Population } from "./population.js";

/**
 * A member commune of an EPCI: its name and INSEE code (the `entite` used in data files), and
 * optionally its SIREN and population.
 *
 * @example
 * ```ts
 * import { CommuneMembreSchema } from "@nrs/model";
 * console.log(CommuneMembreSchema.safeParse({ nom: "Fictiville", codeInsee: "26901" }).success);
 * ```
 */
export const CommuneMembreSchema = z.strictObject({
  /** Official name. */
  nom: z.string().check(z.minLength(1)),
  /** INSEE code; required for a commune. */
  codeInsee: zCodeInsee,
  /** SIREN (nine digits, Luhn checksum verified). */
  siren: z.optional(zSiren),
  /** Legal population (totale or municipale) with its vintage. */
  population: z.optional(PopulationSchema),
});

/**
 * Output type of {@link CommuneMembreSchema}.
 *
 * @example
 * ```ts
 * import type { CommuneMembre } from "@nrs/model";
 * const f = (m: CommuneMembre): string => m.codeInsee;
 * console.log(typeof f); // "function"
 * ```
 */
export type CommuneMembre = z.output<typeof CommuneMembreSchema>;

/**
 * zod/mini schema of the collectivité document (`collectivite.json`): a commune or an EPCI à
 * fiscalité propre, its SIREN (checksum verified), INSEE code (communes), population with kind and
 * vintage, agents in full-time equivalent, and the member communes of an EPCI.
 *
 * @example
 * ```ts
 * import { CollectiviteSchema } from "@nrs/model";
 * const r = CollectiviteSchema.safeParse({
 *   type: "COMMUNE", nom: "Fictiville", siren: "732829320", codeInsee: "26901",
 *   population: { valeur: 60000, type: "totale", millesime: 2021 }, agentsEtp: 820,
 * });
 * if (!r.success) throw new Error("should parse");
 * ```
 */
export const CollectiviteSchema = z
  .strictObject({
    /** Optional JSON Schema reference for editors; kept as is. */
    $schema: z.optional(z.string()),
    /** `COMMUNE` or `EPCI_FP` (EPCI à fiscalité propre). */
    type: z.enum(["COMMUNE", "EPCI_FP"]),
    /** Official name. */
    nom: z.string().check(z.minLength(1)),
    /** SIREN (nine digits, Luhn checksum verified). */
    siren: zSiren,
    /**
     * SIRET of the establishment that buys and declares (fourteen digits starting with the SIREN):
     * needed for the AGEC art. 58 declaration of purchases.
     */
    siret: z.optional(zSiret),
    /** INSEE code; required for a commune. */
    codeInsee: z.optional(zCodeInsee),
    /** Legal population (totale or municipale) with its vintage. */
    population: PopulationSchema,
    /** Agents in full-time equivalent (ETP), used by the open-data threshold. */
    agentsEtp: z.optional(zNonNegativeDecimalString),
    /** Member communes of an EPCI (required for an EPCI, absent for a commune). */
    communesMembres: z.optional(z.array(CommuneMembreSchema)),
    /** Other organisations the collectivité works with (CCAS, syndicat, SPL, ville-centre…), usable as `entite` in the data files. */
    entitesLiees: z.optional(z.array(EntiteLieeSchema)),
    /** Services shared between entities, with their allocation key; their code tags the lines that belong to them. */
    servicesPartages: z.optional(z.array(ServicePartageSchema)),
    /** Main website. */
    siteWeb: z.optional(z.string().check(z.minLength(1))),
    /** Free comment. */
    commentaire: z.optional(z.string()),
  })
  .check(
    z.superRefine((c, ctx) => {
      if (c.type === "COMMUNE" && c.codeInsee === undefined) {
        addIssue(
          ctx,
          c,
          ["codeInsee"],
          "NRS_COMMUNE_WITHOUT_INSEE",
          "Une commune doit avoir un code INSEE (codeInsee).",
          "A commune must have an INSEE code (codeInsee).",
        );
      }
      if (c.siret !== undefined && !c.siret.startsWith(c.siren)) {
        addIssue(
          ctx,
          c,
          ["siret"],
          "NRS_SIRET_NOT_OF_SIREN",
          `Le SIRET ${c.siret} n'appartient pas au SIREN ${c.siren} : ses neuf premiers chiffres doivent être le SIREN.`,
          `SIRET ${c.siret} does not belong to SIREN ${c.siren}: its first nine digits must be the SIREN.`,
        );
      }
      const membres = c.communesMembres ?? [];
      if (c.type === "COMMUNE" && membres.length > 0) {
        addIssue(
          ctx,
          c,
          ["communesMembres"],
          "NRS_COMMUNE_WITH_MEMBERS",
          "Une commune n'a pas de communes membres (communesMembres est réservé aux EPCI).",
          "A commune has no member communes (communesMembres is for EPCI only).",
        );
      }
      if (c.type === "EPCI_FP" && membres.length === 0) {
        addIssue(
          ctx,
          c,
          ["communesMembres"],
          "NRS_EPCI_WITHOUT_MEMBERS",
          "Un EPCI doit lister ses communes membres (communesMembres).",
          "An EPCI must list its member communes (communesMembres).",
        );
      }
      const seen = new Set<string>();
      membres.forEach((m, i) => {
        if (seen.has(m.codeInsee)) {
          addIssue(
            ctx,
            c,
            ["communesMembres", i, "codeInsee"],
            "NRS_DUPLICATE_MEMBER",
            `Le code INSEE ${m.codeInsee} figure deux fois parmi les communes membres.`,
            `INSEE code ${m.codeInsee} appears twice among the member communes.`,
          );
        }
        seen.add(m.codeInsee);
      });
      checkSharedOrganisations(ctx, c);
    }),
  );

/**
 * A parsed collectivité (output of {@link CollectiviteSchema}: decimals are canonical decimal strings).
 *
 * @example
 * ```ts
 * import type { Collectivite } from "@nrs/model";
 * const f = (c: Collectivite): string => `${c.nom} (${c.population.valeur} hab.)`;
 * console.log(typeof f); // "function"
 * ```
 */
export type Collectivite = z.output<typeof CollectiviteSchema>;
/**
 * What a `collectivite.json` may contain (input of {@link CollectiviteSchema}: decimals as numbers or strings).
 *
 * @example
 * ```ts
 * import { parseCollectivite, type CollectiviteInput } from "@nrs/model";
 * const input: CollectiviteInput = { type: "COMMUNE", nom: "Fictiville", siren: "732829320", codeInsee: "26901",
 *   population: { valeur: 60000, type: "totale", millesime: 2021 }, agentsEtp: "812.5" };
 * console.log(parseCollectivite(input).ok); // true
 * ```
 */
export type CollectiviteInput = z.input<typeof CollectiviteSchema>;
