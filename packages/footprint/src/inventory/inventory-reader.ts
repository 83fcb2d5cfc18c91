import type { CsvRow } from "@nrs/core";
import { isBad } from "./cell-problem.js";
import { parseQuantity } from "./cell-parsers.js";
import type { InventoryColumnKey } from "./inventory-columns.js";
import { readInventoryHeader } from "./inventory-header.js";
import type { InventoryReadOptions } from "./inventory-read-options.js";
import { blankRecord, type LineRecord } from "./line-record.js";
import { EXCLUDED, MappedCells } from "./mapped-cells.js";
import { chooseLayout, layoutHint } from "./choose-profile.js";
import type { InventoryLeftOut } from "./row-rules.js";
import { InventoryRowCells } from "./inventory-row-cells.js";

/**
 * Reads CSV records of an inventory: resolves the header, validates every cell of every row, reports
 * every problem with line and column, and hands each good row to `onItem`. It never stops at a bad row.
 * @internal
 */
export class InventoryReader extends InventoryRowCells {
  records = 0;
  goodRows = 0;
  badRows = 0;
  quantity = 0;
  private headerSeen = false;
  private fatal = false;
  private width = 0;
  private readonly rec: LineRecord = blankRecord();

  constructor(
    private readonly options: InventoryReadOptions,
    private readonly onItem: (rec: LineRecord) => void,
  ) {
    super(options);
  }

  /** Lines left out on purpose (statuses, excluded types), by reason; `undefined` when none. */
  get leftOut(): InventoryLeftOut | undefined {
    return this.rules.leftOut();
  }

  /** Whether the header could be read (false until a header is seen, and after a fatal header problem). */
  get usable(): boolean {
    return this.headerSeen && !this.fatal;
  }

  /** Feeds one CSV record (the first one is the header). */
  push(row: CsvRow): void {
    if (!this.headerSeen) {
      this.header(row);
      return;
    }
    this.records++;
    if (this.fatal) {
      this.badRows++;
      return;
    }
    this.row(row);
  }

  /** Signals the end of input. */
  end(): void {
    if (!this.headerSeen) {
      this.fatal = true;
      this.problem(
        "NRS_INVENTORY_EMPTY",
        1,
        1,
        "",
        "Le fichier d'inventaire est vide : il faut au moins une ligne d'en-tête.",
        "The inventory file is empty: a header line is needed at least.",
      );
    } else if (this.records === 0 && !this.fatal) {
      this.problem(
        "NRS_INVENTORY_NO_ROWS",
        2,
        1,
        "",
        "L'inventaire n'a que sa ligne d'en-tête, aucun équipement.",
        "The inventory has a header line and no equipment.",
        "warning",
      );
    }
    for (const p of this.rules.problems()) this.report(p);
    if (this.problemsNotListed > 0) {
      this.problems.push({
        code: "NRS_INVENTORY_TOO_MANY_PROBLEMS",
        severity: "error",
        path: [],
        message: {
          fr: `${this.problemsNotListed} autres problèmes n'ont pas été listés (limite de ${this.maxProblems}).`,
          en: `${this.problemsNotListed} more problems were not listed (limit of ${this.maxProblems}).`,
        },
      });
    }
  }

  private header(row: CsvRow): void {
    this.headerSeen = true;
    const layout = chooseLayout(this.options, row);
    if (layout.mapping !== this.options.mapping) this.cells = new MappedCells(layout.mapping);
    if (layout.note !== undefined) this.report(layout.note);
    this.rules.warnEmptyAcquisition = layout.profile !== undefined;
    const missing: string[] = [];
    let unknown = 0;
    const h = readInventoryHeader(row, this.cells, (p) => {
      if (p.code === "NRS_INVENTORY_MISSING_COLUMN") missing.push(String(p.path[0]));
      if (p.code === "NRS_INVENTORY_UNKNOWN_COLUMN") unknown++;
      this.report(p);
    });
    const hint = layoutHint(layout, row.line, missing, unknown);
    if (hint !== undefined) this.report(hint);
    this.fatal = h.fatal;
    this.width = h.width;
    const g = (k: InventoryColumnKey): number => h.index.get(k) ?? -1;
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

  private row(row: CsvRow): void {
    this.rowBad = false;
    if (row.problem) {
      // The cells of a malformed record are guesses: checking them would only add noise to the real problem.
      this.report(row.problem);
      this.badRows++;
      return;
    }
    if (row.cells.length > this.width) this.extraCells(row);
    const r = this.rec;
    r.line = row.line;
    this.readType(row, r);
    const q = parseQuantity(this.cells.cell(row, this.iQty, "quantite"));
    if (isBad(q)) this.fail(row, this.iQty, "quantite", q);
    else r.quantity = q;
    if (r.type === EXCLUDED && !this.rowBad) {
      this.rules.leaveOutType(r.quantity);
      return;
    }
    this.readDates(row, r);
    const status = this.iStatus < 0 ? "" : this.cells.cell(row, this.iStatus, "statut");
    const s = status === "" ? "en_service" : this.rules.status(status);
    if (s === "sorti" && !this.rowBad && !this.rules.keepsRetired(r.retirementDay)) {
      this.rules.leaveOutRetired(r.quantity);
      return;
    }
    this.readLifetime(row, r);
    this.readOrigin(row, r);
    this.readLocation(row, r);
    this.readKwh(row, r);
    // Stock is counted for its manufacturing and draws no electricity (docs/formats/inventaire.md).
    if (s === "en_stock" && r.kwhMicro === undefined && r.kwhDecimal === undefined) r.kwhMicro = 0;
    r.site = this.iSite < 0 ? "" : this.usage(this.cells.cell(row, this.iSite, "site"));
    this.readEntity(row, r);
    r.id = this.text(row, this.iId, "identifiant");
    r.model = this.text(row, this.iModel, "modele");
    r.comment = this.text(row, this.iComment, "commentaire");
    if (this.rowBad) {
      this.badRows++;
      return;
    }
    this.goodRows++;
    this.quantity += r.quantity;
    this.onItem(r);
  }

  private extraCells(row: CsvRow): void {
    for (let i = this.width; i < row.cells.length; i++) {
      if ((row.cells[i] as string).trim() === "") continue;
      this.rowBad = true;
      this.problem(
        "NRS_INVENTORY_EXTRA_CELLS",
        row.line,
        row.columns[i] ?? 1,
        "",
        `La ligne a ${row.cells.length} cellules pour ${this.width} colonnes : séparateur en trop ou guillemets manquants ?`,
        `The line has ${row.cells.length} cells for ${this.width} columns: a stray separator or missing quotes?`,
      );
      return;
    }
  }
}
