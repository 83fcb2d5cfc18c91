import { Decimal } from "decimal.js";
import { detectDelimiter, isIsoDay, parseCsvText, problem, type Problem } from "@nrs/core";
import type { PublishedIndicatorRow } from "./published-indicator-row.js";
import { OPEN_DATA_V05_FIELDS, readHeader } from "./open-data-header.js";

/**
 * What {@link parseOpenDataIndicatorsCsv} returns: the rows, or the errors that make the file
 * unusable (another schema or version), and per-row problems (the row is then left out).
 *
 * @example
 * ```ts
 * import type { OpenDataIndicatorsParse } from "@nrs/report";
 * const r: OpenDataIndicatorsParse = { ok: false, errors: [], warnings: [] };
 * console.log(r.ok);
 * ```
 */
export type OpenDataIndicatorsParse =
  | { readonly ok: true; readonly value: readonly PublishedIndicatorRow[]; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly errors: readonly Problem[]; readonly warnings: readonly Problem[] };

const TRUE = new Set(["true", "True", "TRUE", "1"]);
const FALSE = new Set(["false", "False", "FALSE", "0"]);
const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;
const CODE = /(?:^|;\s*)code:\s*([a-z0-9-]+)\s*(?:;|$)/;

/**
 * Reads a published file of the national schema `impact-service-public-numerique` v0.5.0 (as
 * `toOpenDataCsv` of `@nrs/report` writes it, or as another publisher wrote it): strict about the
 * schema (its required columns, types and enumerations; a file of another schema or of an older
 * version is refused as a whole, with the reason), tolerant of what publishers do (any column order, a
 * BOM, `;` or `,`, a decimal comma, extra columns). A malformed row is left out with a problem giving
 * its line and column.
 *
 * @example
 * ```ts
 * import { parseOpenDataIndicatorsCsv } from "@nrs/report";
 * const csv = "\uFEFFadministration_rattachement;nom_service_public_numerique;indicateur;valeur;unite_mesure;est_cible;type_indicateur;frequence_monitoring;date;est_periode;est_automatise;source_collecte;commentaires\n" +
 *   "Ville de Fictiville;SNR;Part des achats issus du réemploi;22,5;%;false;impact;annuelle;2025-12-31;true;true;achats;\"code: part-achats-reemploi; 9 / 40 × 100\"\n";
 * const r = parseOpenDataIndicatorsCsv(csv);
 * console.log(r.ok && r.value[0]?.valeur.toString(), r.ok && r.value[0]?.code); // 22.5 part-achats-reemploi
 * ```
 */
export function parseOpenDataIndicatorsCsv(text: string): OpenDataIndicatorsParse {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const rows = parseCsvText(body, { delimiter: detectDelimiter(firstLine) });
  const header = readHeader(rows[0]);
  if (!header.ok) return { ok: false, errors: header.errors, warnings: header.warnings };
  const warnings: Problem[] = [...header.warnings];
  const value: PublishedIndicatorRow[] = [];
  for (const row of rows.slice(1)) {
    if (row.cells.length === 1 && row.cells[0]!.trim() === "") continue;
    if (row.problem !== undefined) {
      warnings.push(row.problem);
      continue;
    }
    if (row.cells.length !== header.width) {
      warnings.push({
        code: "NRS_OPENDATA_CELL_COUNT",
        severity: "warning",
        path: [],
        line: row.line,
        column: 1,
        message: {
          fr: `${row.cells.length} cellules pour ${header.width} colonnes d'en-tête (séparateur dans une cellule non entre guillemets ?) ; ligne écartée.`,
          en: `${row.cells.length} cells for ${header.width} header columns (a separator in an unquoted cell?); row left out.`,
        },
      });
      continue;
    }
    const bad: Problem[] = [];
    const cell = (name: string): string => {
      const i = header.index.get(name);
      return i === undefined ? "" : (row.cells[i] ?? "").trim();
    };
    const refuse = (name: string, fr: string, en: string): void => {
      const i = header.index.get(name) ?? 0;
      bad.push(
        problem("NRS_OPENDATA_BAD_CELL", [name], `${name} : ${fr} ; ligne écartée.`, `${name}: ${en}; row left out.`, {
          severity: "warning",
          line: row.line,
          column: row.columns[i] ?? 1,
        }),
      );
    };
    for (const f of OPEN_DATA_V05_FIELDS)
      if (f.required && cell(f.name) === "") refuse(f.name, "valeur obligatoire absente", "required value missing");
    for (const f of OPEN_DATA_V05_FIELDS) {
      const v = cell(f.name);
      if (v !== "" && f.enum !== undefined && !f.enum.includes(v))
        refuse(
          f.name,
          `« ${v} » n'est pas une valeur permise (${f.enum.join(", ")})`,
          `"${v}" is not an allowed value (${f.enum.join(", ")})`,
        );
    }
    const valeur = cell("valeur");
    if (valeur !== "" && !NUMBER.test(valeur)) refuse("valeur", `« ${valeur} » n'est pas un nombre`, `"${valeur}" is not a number`);
    const bools = new Map<string, boolean>();
    for (const name of ["est_cible", "est_periode", "est_automatise"]) {
      const v = cell(name);
      if (TRUE.has(v)) bools.set(name, true);
      else if (FALSE.has(v)) bools.set(name, false);
      else if (v !== "") refuse(name, `« ${v} » n'est pas un booléen (true/false)`, `"${v}" is not a boolean (true/false)`);
    }
    for (const name of ["date", "date_debut"]) {
      const v = cell(name);
      if (v !== "" && !isIsoDay(v)) refuse(name, `« ${v} » n'est pas une date AAAA-MM-JJ`, `"${v}" is not a YYYY-MM-DD date`);
    }
    if (bad.length > 0) {
      warnings.push(...bad);
      continue;
    }
    const optional = (name: string): string | undefined => (cell(name) === "" ? undefined : cell(name));
    const commentaires = optional("commentaires");
    const code = commentaires === undefined ? undefined : CODE.exec(commentaires)?.[1];
    const entries = {
      denomInsee: optional("denom_insee"),
      codeInsee: optional("code_insee"),
      dateDebut: optional("date_debut"),
      commentaires,
      code,
    };
    value.push({
      line: row.line,
      administration: cell("administration_rattachement"),
      service: cell("nom_service_public_numerique"),
      indicateur: cell("indicateur"),
      valeur: new Decimal(valeur.replace(",", ".")),
      unite: cell("unite_mesure"),
      estCible: bools.get("est_cible")!,
      typeIndicateur: cell("type_indicateur") as "usage" | "impact",
      frequence: cell("frequence_monitoring"),
      date: cell("date"),
      estPeriode: bools.get("est_periode")!,
      estAutomatise: bools.get("est_automatise")!,
      sourceCollecte: cell("source_collecte"),
      ...Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined)),
    });
  }
  return { ok: true, value, warnings };
}
