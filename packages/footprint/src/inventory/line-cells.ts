import { daysInMonth, unknownEntityProblem, type CsvRow, type Problem } from "@nrs/core";
import { dayNumber } from "../calendar-day.js";
import { bad, isBad, type Bad } from "./cell-problem.js";
import { digits, parseKwh, parseKwhMicro, parseQuantity } from "./cell-parsers.js";
import { CellValues } from "./cell-values.js";
import type { InventoryColumnKey } from "./inventory-columns.js";
import { MAX_YEAR, MIN_YEAR } from "./inventory-limits.js";
import type { InventoryReadOptions } from "./inventory-read-options.js";
import { resolveInventoryUsage } from "./inventory-usages.js";
import type { LineRecord } from "./line-record.js";
import { cellColumn, EXCLUDED, MappedCells } from "./mapped-cells.js";
import type { RowRules } from "./row-rules.js";

/**
 * Reads the cells of one inventory line into its record, column by column, reporting each bad cell
 * at its line and column (`rowBad` tells whether the line had one). The columns are placed by
 * {@link LineCells.place} once the header is read.
 * @internal
 */
export class LineCells {
  /** Whether a cell of the current line was refused. */
  rowBad = false;
  /** The cells as the header mapping places them (replaced when the header picks another layout). */
  cells: MappedCells;
  private readonly values: CellValues;
  private readonly knownEntities: ReadonlySet<string> | undefined;
  /** The list as given, for the message: no copy per unknown line. */
  private readonly knownEntityList: readonly string[];
  private readonly usages = new Map<string, string>();
  private iType = -1;
  private iQty = -1;
  private iAcq = -1;
  private iRet = -1;
  private iLife = -1;
  private iOrigin = -1;
  private iLoc = -1;
  private iKwh = -1;
  private iEntity = -1;
  private iId = -1;
  private iModel = -1;
  private iComment = -1;
  private iStatus = -1;
  private iSite = -1;

  constructor(
    options: InventoryReadOptions,
    private readonly rules: RowRules,
    private readonly report: (p: Problem) => void,
  ) {
    this.knownEntities = options.knownEntities && new Set(options.knownEntities);
    this.knownEntityList = options.knownEntities ?? [];
    this.cells = new MappedCells(options.mapping);
    this.values = new CellValues(options.dayOrder ?? options.profileSettings?.ordreDate ?? "dmy");
  }

  /** Places the columns: the index of each key in the header (absent: -1). */
  place(index: ReadonlyMap<InventoryColumnKey, number>): void {
    const g = (k: InventoryColumnKey): number => index.get(k) ?? -1;
    this.iType = g("type");
    this.iQty = g("quantite");
    this.iAcq = g("date_acquisition");
    this.iRet = g("date_sortie");
    this.iLife = g("duree_vie_annees");
    this.iOrigin = g("origine");
    this.iLoc = g("localisation");
    this.iKwh = g("consommation_kwh_an");
    this.iEntity = g("entite");
    this.iId = g("identifiant");
    this.iModel = g("modele");
    this.iComment = g("commentaire");
    this.iStatus = g("statut");
    this.iSite = g("site");
  }

  private fail(row: CsvRow, i: number, key: InventoryColumnKey, b: Bad): void {
    this.rowBad = true;
    this.report({
      code: b.code,
      severity: "error",
      path: [key],
      line: row.line,
      column: cellColumn(row, i),
      message: { fr: b.fr, en: b.en },
    });
  }

  readType(row: CsvRow, r: LineRecord): void {
    const text = this.cells.cell(row, this.iType, "type");
    if (text === EXCLUDED) {
      r.type = EXCLUDED;
      return;
    }
    const t =
      text === ""
        ? bad("NRS_INVENTORY_REQUIRED", "Le type d'équipement est vide.", "The equipment type is empty.")
        : this.values.type(text);
    if (isBad(t)) this.fail(row, this.iType, "type", t);
    else r.type = t;
  }

  readQuantity(row: CsvRow, r: LineRecord): void {
    const q = parseQuantity(this.cells.cell(row, this.iQty, "quantite"));
    if (isBad(q)) this.fail(row, this.iQty, "quantite", q);
    else r.quantity = q;
  }

  /** The `statut` cell ("" without the column). */
  status(row: CsvRow): string {
    return this.iStatus < 0 ? "" : this.cells.cell(row, this.iStatus, "statut");
  }

  /** The `site` cell's usage code (see `resolveInventoryUsage`; "" without the column), remembered per distinct text: a file names few. */
  site(row: CsvRow): string {
    if (this.iSite < 0) return "";
    const text = this.cells.cell(row, this.iSite, "site");
    let u = this.usages.get(text);
    if (u === undefined) {
      u = resolveInventoryUsage(text);
      if (this.usages.size < 4096) this.usages.set(text, u);
    }
    return u;
  }

  /** The free-text cells: `identifiant`, `modele`, `commentaire`. */
  readTexts(row: CsvRow, r: LineRecord): void {
    r.id = this.text(row, this.iId, "identifiant");
    r.model = this.text(row, this.iModel, "modele");
    r.comment = this.text(row, this.iComment, "commentaire");
  }

  readDates(row: CsvRow, r: LineRecord): void {
    r.acquisitionDay = undefined;
    r.acquisitionDate = undefined;
    r.retirementDay = undefined;
    r.retirementDate = undefined;
    const aText = this.cells.cell(row, this.iAcq, "date_acquisition");
    if (aText === "" && this.iAcq >= 0) this.rules.noAcquisitionDate();
    if (aText !== "" && !this.fastDate(aText, r)) {
      const d = this.values.date(aText);
      if (isBad(d)) this.fail(row, this.iAcq, "date_acquisition", d);
      else {
        r.acquisitionDay = d.day;
        r.acquisitionDate = d.iso;
        r.acquisitionYear = d.y;
        r.acquisitionMonth = d.m;
        r.acquisitionDayOfMonth = d.d;
      }
    }
    const sText = this.cells.cell(row, this.iRet, "date_sortie");
    if (sText === "") return;
    const d = this.values.date(sText);
    if (isBad(d)) this.fail(row, this.iRet, "date_sortie", d);
    else {
      r.retirementDay = d.day;
      r.retirementDate = d.iso;
      if (r.acquisitionDay !== undefined && d.day < r.acquisitionDay) {
        this.fail(
          row,
          this.iRet,
          "date_sortie",
          bad(
            "NRS_INVENTORY_DATE_ORDER",
            `La date de sortie ${d.iso} précède la date d'acquisition ${r.acquisitionDate}.`,
            `The retirement date ${d.iso} is before the acquisition date ${r.acquisitionDate}.`,
          ),
        );
      }
    }
  }

  /**
   * Reads a canonical, valid YYYY-MM-DD acquisition date straight into the record: no regular
   * expression, no cache lookup (hashing a fresh cell string costs more than reading ten characters),
   * no allocation. Returns false for anything else, which then takes the general path.
   */
  private fastDate(text: string, r: LineRecord): boolean {
    if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
    const y = digits(text, 0, 4);
    const m = digits(text, 5, 7);
    const d = digits(text, 8, 10);
    if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return false;
    r.acquisitionDay = dayNumber(y, m, d);
    r.acquisitionDate = text;
    r.acquisitionYear = y;
    r.acquisitionMonth = m;
    r.acquisitionDayOfMonth = d;
    return true;
  }

  readLifetime(row: CsvRow, r: LineRecord): void {
    r.lifetime = undefined;
    const text = this.cells.cell(row, this.iLife, "duree_vie_annees");
    if (text === "") return;
    const l = this.values.lifetime(text);
    if (isBad(l)) this.fail(row, this.iLife, "duree_vie_annees", l);
    else r.lifetime = l;
  }

  readOrigin(row: CsvRow, r: LineRecord): void {
    r.origin = "neuf";
    const text = this.cells.cell(row, this.iOrigin, "origine");
    if (text === "") return;
    const o = this.values.origin(text);
    if (isBad(o)) this.fail(row, this.iOrigin, "origine", o);
    else r.origin = o;
  }

  readLocation(row: CsvRow, r: LineRecord): void {
    r.location = "";
    const text = this.cells.cell(row, this.iLoc, "localisation");
    if (text === "") return;
    const loc = this.values.location(text);
    if (isBad(loc)) this.fail(row, this.iLoc, "localisation", loc);
    else r.location = loc;
  }

  readKwh(row: CsvRow, r: LineRecord): void {
    r.kwhMicro = undefined;
    r.kwhDecimal = undefined;
    const text = this.cells.cell(row, this.iKwh, "consommation_kwh_an");
    if (text === "") return;
    const micro = parseKwhMicro(text);
    if (micro === undefined) {
      const k = parseKwh(text);
      if (isBad(k)) this.fail(row, this.iKwh, "consommation_kwh_an", k);
      else r.kwhDecimal = k;
    } else if (isBad(micro)) this.fail(row, this.iKwh, "consommation_kwh_an", micro);
    else r.kwhMicro = micro;
  }

  readEntity(row: CsvRow, r: LineRecord): void {
    r.entity = "";
    const text = this.cells.cell(row, this.iEntity, "entite");
    if (text === "") return;
    const e = this.values.entity(text);
    if (isBad(e)) {
      this.fail(row, this.iEntity, "entite", e);
      return;
    }
    r.entity = e;
    if (this.knownEntities?.has(e) === false) {
      this.rowBad = true;
      this.report(
        unknownEntityProblem(e, this.knownEntityList, { path: ["entite"], line: row.line, column: cellColumn(row, this.iEntity) }),
      );
    }
  }

  private text(row: CsvRow, i: number, key: InventoryColumnKey): string | undefined {
    if (i < 0) return undefined;
    const v = this.cells.cell(row, i, key);
    if (v === "") return undefined;
    if (v.includes("\ufffd")) {
      this.fail(
        row,
        i,
        key,
        bad(
          "NRS_INVENTORY_BAD_ENCODING",
          "Caractères illisibles : le fichier doit être enregistré en UTF-8.",
          "Unreadable characters: the file must be saved as UTF-8.",
        ),
      );
    }
    return v;
  }
}
