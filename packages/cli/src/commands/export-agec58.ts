import { basename } from "node:path";
import type { DecimalInput, Lang, Message } from "@nrs/core";
import { agec58Declaration, type Agec58Exclusion } from "@nrs/indicators";
import type { Collectivite } from "@nrs/model";
import { formatQuantity, toAgec58Csv } from "@nrs/report";
import type { CommandLine } from "../command-line/command-line.js";
import { CliError } from "../cli-error.js";
import type { CliIo } from "../cli-io.js";
import { ExitCode, type ExitCodeValue } from "../exit-code.js";
import type { Reporter } from "../output/reporter.js";
import { writeCsvAndResource } from "../output/write-csv-and-resource.js";
import { dataInError } from "../project/documents-in-error.js";
import { buyerEntities } from "../project/known-entities.js";
import { loadProject } from "../project/load-project.js";
import { loadPurchases } from "../project/load-purchases.js";
import { LAYOUT } from "../project/project-layout.js";
import { pickYear } from "../project/pick-year.js";

/** Lines of a list, shortened for a person (the JSON output has them all). */
function lineList(lines: readonly number[], lang: Lang): string {
  const shown = lines.slice(0, 12).join(", ");
  const more = lines.length - 12;
  return more > 0 ? `${shown}${lang === "fr" ? ` et ${more} autres` : ` and ${more} more`}` : shown;
}

/** An amount in euros, to the cent. */
function eur(x: DecimalInput, lang: Lang): string {
  return formatQuantity(x, "€", lang, { decimals: 2 });
}

function exclusionNote(x: Agec58Exclusion, collectivite: Collectivite, lang: Lang): Message {
  const amount = eur(x.amount, lang);
  const lines = lineList(x.lines, lang);
  switch (x.reason) {
    case "autre-entite":
      // Only an EPCI has member communes; a commune's other entities are those of entitesLiees (its CCAS…).
      if (collectivite.type !== "EPCI_FP") {
        const own = buyerEntities(collectivite)
          .map((e) => (lang === "fr" ? `« ${e} »` : `"${e}"`))
          .join(lang === "fr" ? " ou " : " or ");
        return {
          fr: `${x.count} achat(s) d'autres entités (${amount} HT, lignes ${lines}) non déclaré(s) : la commune déclare les achats dont l'entité est vide ou ${own}.`,
          en: `${x.count} purchase(s) of other entities (${amount} excl. VAT, lines ${lines}) not declared: the commune declares the purchases whose entity is empty or ${own}.`,
        };
      }
      return {
        fr: `${x.count} achat(s) d'autres entités (${amount} HT, lignes ${lines}) non déclaré(s) : chaque commune membre déclare ses propres achats sous son SIRET.`,
        en: `${x.count} purchase(s) of other entities (${amount} excl. VAT, lines ${lines}) not declared: each member commune declares its own purchases under its SIRET.`,
      };
    case "autre-categorie":
      return {
        fr: `${x.count} achat(s) de catégorie « autre » (${amount} HT, lignes ${lines}) non déclaré(s) : aucune catégorie du schéma national ne leur est attribuée.`,
        en: `${x.count} purchase(s) of category "autre" (${amount} excl. VAT, lines ${lines}) not declared: they are given no category of the national schema.`,
      };
    case "autre-annee":
      return {
        fr: `${x.count} achat(s) datés d'une autre année (${amount} HT, lignes ${lines}) non déclaré(s) : un achat compte l'année de sa date.`,
        en: `${x.count} purchase(s) dated another year (${amount} excl. VAT, lines ${lines}) not declared: a purchase counts in the year of its date.`,
      };
  }
}

/**
 * `nrs export agec58 <dir> --year Y --out FILE`: the yearly AGEC art. 58 declaration of the
 * collectivité's own purchases (`donnees/<année>/achats.csv`, `agec58Declaration` of
 * `@nrs/indicators`), written in the national schema by `toAgec58Csv` of `@nrs/report` with its Table
 * Schema descriptor. The buyer's SIRET comes from `collectivite.json`; without it the export is
 * refused with the field to add.
 */
export async function exportAgec58(cl: CommandLine, dir: string, out: string, r: Reporter, io: CliIo): Promise<ExitCodeValue> {
  const project = await loadProject(dir, io.cwd);
  const year = await pickYear(cl, project, (y) => project.files.exists(LAYOUT.data(y, "achats.csv")), {
    fr: "achats (donnees/<année>/achats.csv)",
    en: "purchases (donnees/<year>/achats.csv)",
  });
  const purchases = await loadPurchases(project, year);
  const loaded = [...project.problems, ...purchases.problems];
  const errors = loaded.filter((p) => p.severity === "error");
  // Warnings (an unknown column) do not stop the export but must be seen.
  const warnings = loaded.filter((p) => p.severity !== "error");
  const { collectivite } = project;
  if (errors.length > 0 || !collectivite) throw dataInError(dir, errors);
  if (collectivite.siret === undefined) {
    throw new CliError(
      "NRS_CLI_NO_SIRET",
      {
        fr: `La déclaration AGEC art. 58 demande le SIRET de l'acheteur, et ${project.files.display(LAYOUT.collectivite)} n'en a pas.`,
        en: `The AGEC art. 58 declaration needs the buyer's SIRET, and ${project.files.display(LAYOUT.collectivite)} has none.`,
      },
      {
        fr: `Ajoutez le champ « siret » (14 chiffres, commençant par le SIREN ${collectivite.siren}) à ${LAYOUT.collectivite}, puis relancez.`,
        en: `Add the "siret" field (14 digits, starting with the SIREN ${collectivite.siren}) to ${LAYOUT.collectivite}, then run again.`,
      },
      ExitCode.problems,
    );
  }
  const d = agec58Declaration(purchases.records, {
    annee: year,
    siret: collectivite.siret,
    raisonSociale: collectivite.nom,
    entities: buyerEntities(collectivite),
  });
  if (!d.ok) throw dataInError(dir, project.files.withFile(LAYOUT.data(year, "achats.csv"), d.problems));

  const { csv, resource } = toAgec58Csv(d.rows, { path: basename(out) });
  const { csv: written, resource: writtenResource } = await writeCsvAndResource(io, out, { csv, resource }, project.files.root);

  const lang = r.lang;
  r.written(
    lang === "fr"
      ? `Déclaration AGEC art. 58 ${year} de ${collectivite.nom} (SIRET ${collectivite.siret}) : ${d.rows.length} ligne(s) (schéma ${resource.conformsTo.id} ${resource.conformsTo.version}) écrite(s) dans ${written}, descripteur : ${writtenResource}`
      : `AGEC art. 58 declaration ${year} of ${collectivite.nom} (SIRET ${collectivite.siret}): ${d.rows.length} row(s) (schema ${resource.conformsTo.id} ${resource.conformsTo.version}) written to ${written}, descriptor: ${writtenResource}`,
  );
  for (const row of d.rows) {
    r.written(
      lang === "fr"
        ? `  ${row.type_produit_acquis} : total ${eur(row.montant_total, lang)} HT, réemploi/réutilisation ${eur(row.montant_reemploi_et_reutilisation, lang)}, dons ${eur(row.montant_produits_issus_don, lang)}, matières recyclées ${eur(row.montant_produits_recycles, lang)} (lignes ${lineList(row.lines, lang)})`
        : `  ${row.type_produit_acquis}: total ${eur(row.montant_total, lang)} excl. VAT, reuse/re-use ${eur(row.montant_reemploi_et_reutilisation, lang)}, donations ${eur(row.montant_produits_issus_don, lang)}, recycled content ${eur(row.montant_produits_recycles, lang)} (lines ${lineList(row.lines, lang)})`,
    );
  }
  if (d.rows.length === 0) {
    r.note(
      purchases.records.length === 0
        ? {
            fr: `Aucun achat à déclarer en ${year} : le fichier n'a que l'en-tête.`,
            en: `No purchase to declare in ${year}: the file has only its header.`,
          }
        : {
            fr: `Aucun achat à déclarer en ${year} : les ${purchases.records.length} achat(s) du fichier sont tous exclus (voir ci-dessous) ; le fichier écrit n'a que l'en-tête.`,
            en: `No purchase to declare in ${year}: all ${purchases.records.length} purchase(s) of the file are excluded (see below); the file written has only its header.`,
          },
    );
  }
  for (const x of d.excluded) r.note(exclusionNote(x, collectivite, lang));
  r.problems(warnings, "stderr");
  r.json("export", {
    ok: true,
    kind: "agec58",
    folder: dir,
    year,
    out: written,
    resource: writtenResource,
    rows: d.rows.length,
    schema: resource.conformsTo,
    declaration: d.rows,
    excluded: d.excluded,
    problems: warnings,
  });
  return ExitCode.ok;
}
