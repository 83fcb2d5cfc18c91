import type { CsvRow, Problem } from "@nrs/core";
import type { InventoryColumnKey } from "./inventory-columns.js";
import { readInventoryHeader } from "./inventory-header.js";
import type { InventoryReadOptions } from "./inventory-read-options.js";
import { LineCells } from "./line-cells.js";
import { blankRecord, type LineRecord } from "./line-record.js";
import { EXCLUDED, MappedCells } from "./mapped-cells.js";
import { chooseLayout, layoutHint } from "./choose-profile.js";
import { RowRules, type InventoryLeftOut } from "./row-rules.js";

/**
 * Reads CSV records of an inventory: resolves the header, validates every cell of every row, reports
 * every problem with line and column, and hands each good row to `onItem`. It never stops at a bad row.
 * @internal
 */
export class InventoryReader {
  readonly problems: Problem[] = [];
  records = 0;
  goodRows = 0;
  badRows = 0;
  quantity = 0;
  problemsNotListed = 0;
  private headerSeen = false;
  private fatal = false;
  private width = 0;
  private readonly maxProblems: number;
  private readonly rules: RowRules;
  private readonly line: LineCells;
  private readonly rec: LineRecord = blankRecord();

  constructor(
    private readonly options: InventoryReadOptions,
    private readonly onItem: (rec: LineRecord) => void,
  ) {
    this.maxProblems = options.maxProblems ?? 1000;
    this.rules = new RowRules(options.profileSettings, options.reportingYear);
    this.line = new LineCells(options, this.rules, (p) => this.report(p));
  }

  /** Lines left out on purpose (statuses, excluded types), by reason; `undefined` when none. */
  get leftOut(): InventoryLeftOut | undefined {
    return this.rules.leftOut();
  }

  /** Whether the header could be read (false until a header is seen, and after a fatal header problem). */
  get usable(): boolean {
    return this.headerSeen && !this.fatal;
  }

  private report(p: Problem): void {
    if (this.problems.length < this.maxProblems) this.problems.push(p);
    else this.problemsNotListed++;
  }

  private problem(
    code: string,
    line: number,
    column: number,
    path: InventoryColumnKey | "",
    fr: string,
    en: string,
    severity: "error" | "warning" = "error",
  ): void {
    this.report({ code, severity, path: path === "" ? [] : [path], line, column, message: { fr, en } });
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
    if (layout.mapping !== this.options.mapping) this.line.cells = new MappedCells(layout.mapping);
    if (layout.note !== undefined) this.report(layout.note);
    this.rules.warnEmptyAcquisition = layout.profile !== undefined;
    const missing: string[] = [];
    let unknown = 0;
    const h = readInventoryHeader(row, this.line.cells, (p) => {
      if (p.code === "NRS_INVENTORY_MISSING_COLUMN") missing.push(String(p.path[0]));
      if (p.code === "NRS_INVENTORY_UNKNOWN_COLUMN") unknown++;
      this.report(p);
    });
    const hint = layoutHint(layout, row.line, missing, unknown);
    if (hint !== undefined) this.report(hint);
    this.fatal = h.fatal;
    this.width = h.width;
    this.line.place(h.index);
  }

  private row(row: CsvRow): void {
    const c = this.line;
    c.rowBad = false;
    if (row.problem) {
      // The cells of a malformed record are guesses: checking them would only add noise to the real problem.
      this.report(row.problem);
      this.badRows++;
      return;
    }
    if (row.cells.length > this.width) this.extraCells(row);
    const r = this.rec;
    r.line = row.line;
    c.readType(row, r);
    c.readQuantity(row, r);
    if (r.type === EXCLUDED && !c.rowBad) {
      this.rules.leaveOutType(r.quantity);
      return;
    }
    c.readDates(row, r);
    const status = c.status(row);
    const s = status === "" ? "en_service" : this.rules.status(status);
    if (s === "sorti" && !c.rowBad && !this.rules.keepsRetired(r.retirementDay)) {
      this.rules.leaveOutRetired(r.quantity);
      return;
    }
    c.readLifetime(row, r);
    c.readOrigin(row, r);
    c.readLocation(row, r);
    c.readKwh(row, r);
    // Stock is counted for its manufacturing and draws no electricity (docs/formats/inventaire.md).
    if (s === "en_stock" && r.kwhMicro === undefined && r.kwhDecimal === undefined) r.kwhMicro = 0;
    r.site = c.site(row);
    c.readEntity(row, r);
    c.readTexts(row, r);
    if (c.rowBad) {
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
      this.line.rowBad = true;
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
