import type { CsvRow, Problem } from "@nrs/core";

/** A field of the published schema, as the reader needs it. @internal */
export interface ReadField {
  readonly name: string;
  readonly required: boolean;
  readonly enum?: readonly string[];
}

const FREQUENCES = ["quotidienne", "hebdomadaire", "mensuelle", "annuelle", "trimestrielle", "semestrielle", "autre"];

/** The fields of `impact-service-public-numerique` v0.5.0 (schema.data.gouv.fr, Etalab 2.0). @internal */
export const OPEN_DATA_V05_FIELDS: readonly ReadField[] = [
  { name: "administration_rattachement", required: true },
  { name: "nom_service_public_numerique", required: true },
  { name: "indicateur", required: true },
  { name: "valeur", required: true },
  { name: "unite_mesure", required: true },
  { name: "est_cible", required: true },
  { name: "type_indicateur", required: true, enum: ["usage", "impact"] },
  { name: "frequence_monitoring", required: true, enum: FREQUENCES },
  { name: "date", required: true },
  { name: "est_periode", required: true },
  { name: "date_debut", required: false },
  { name: "est_automatise", required: true },
  { name: "source_collecte", required: true },
  { name: "denom_insee", required: false, enum: ["REG", "DEP", "COM", "ARR", "COMER", "COM_COMER", "COG", "CTCD", "CAN"] },
  { name: "code_insee", required: false },
  { name: "dataviz_wish", required: false, enum: ["linechart", "barchart", "map", "scatterplot", "piechart"] },
  { name: "commentaires", required: false },
];

const SCHEMA = "impact-service-public-numerique v0.5.0";

function headerProblem(code: string, fr: string, en: string, severity: "error" | "warning" = "error"): Problem {
  return { code, severity, path: [], line: 1, column: 1, message: { fr, en } };
}

/** The header of a published file: where each field is, or why the file is refused. @internal */
export function readHeader(
  row: CsvRow | undefined,
): { ok: true; index: Map<string, number>; width: number; warnings: Problem[] } | { ok: false; errors: Problem[]; warnings: Problem[] } {
  const names = (row?.cells ?? []).map((c) => c.trim().toLowerCase());
  const index = new Map<string, number>();
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  names.forEach((n, i) => {
    if (index.has(n) && n !== "")
      errors.push(headerProblem("NRS_OPENDATA_DUPLICATE_COLUMN", `colonne « ${n} » en double`, `column "${n}" appears twice`));
    else index.set(n, i);
  });
  const known = new Set(OPEN_DATA_V05_FIELDS.map((f) => f.name));
  const missing = OPEN_DATA_V05_FIELDS.filter((f) => f.required && !index.has(f.name)).map((f) => f.name);
  const present = OPEN_DATA_V05_FIELDS.filter((f) => index.has(f.name)).length;
  if (present < OPEN_DATA_V05_FIELDS.filter((f) => f.required).length / 2) {
    errors.push(
      headerProblem(
        "NRS_OPENDATA_OTHER_SCHEMA",
        `Ce fichier ne suit pas le schéma ${SCHEMA} (en-tête : ${names.slice(0, 6).join(", ")}…).`,
        `This file does not follow the schema ${SCHEMA} (header: ${names.slice(0, 6).join(", ")}…).`,
      ),
    );
  } else if (missing.length === 1 && missing[0] === "type_indicateur") {
    const version = index.has("denom_insee") ? "v0.4.0" : "v0.3.0";
    errors.push(
      headerProblem(
        "NRS_OPENDATA_OLD_VERSION",
        `Fichier dans une version antérieure du schéma (${version} : pas de colonne type_indicateur) ; attendu ${SCHEMA}. Demandez au producteur de le republier, ou ajoutez la colonne type_indicateur (usage ou impact).`,
        `File in an older version of the schema (${version}: no type_indicateur column); expected ${SCHEMA}. Ask the publisher to republish it, or add the type_indicateur column (usage or impact).`,
      ),
    );
  } else if (missing.length > 0) {
    errors.push(
      headerProblem(
        "NRS_OPENDATA_MISSING_COLUMN",
        `Colonnes obligatoires absentes du schéma ${SCHEMA} : ${missing.join(", ")}.`,
        `Required columns of the schema ${SCHEMA} missing: ${missing.join(", ")}.`,
      ),
    );
  }
  const extra = names.filter((n) => n !== "" && !known.has(n));
  if (extra.length > 0) {
    warnings.push(
      headerProblem(
        "NRS_OPENDATA_UNKNOWN_COLUMN",
        `Colonnes hors schéma ignorées : ${extra.join(", ")}.`,
        `Columns outside the schema ignored: ${extra.join(", ")}.`,
        "warning",
      ),
    );
  }
  return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, index, width: names.length, warnings };
}
