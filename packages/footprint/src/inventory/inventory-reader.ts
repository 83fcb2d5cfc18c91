import { unknownEntityProblem, type CsvRow, type Problem } from "@nrs/core";
import { dayNumber, daysInMonth } from "../calendar-day.js";
import { bad, isBad, type Bad } from "./cell-problem.js";
import { digits, parseKwh, parseKwhMicro, parseQuantity } from "./cell-parsers.js";
import { CellValues } from "./cell-values.js";
import type { InventoryColumnKey } from "./inventory-columns.js";
import { readInventoryHeader } from "./inventory-header.js";
import { MAX_YEAR, MIN_YEAR } from "./inventory-limits.js";
import type { InventoryReadOptions } from "./inventory-read-options.js";
import { blankRecord, type LineRecord } from "./line-record.js";
import { cellColumn, EXCLUDED, MappedCells } from "./mapped-cells.js";
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
  private readonly knownEntities: ReadonlySet<string> | undefined;
  /** The list as given, for the message: no copy per unknown line. */
  private readonly knownEntityList: readonly string[];
  private cells: MappedCells;
  private readonly values: CellValues;
  private readonly rules: RowRules;
  private readonly rec: LineRecord = blankRecord();
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
  private rowBad = false;

  constructor(
    private readonly options: InventoryReadOptions,
    private readonly onItem: (rec: LineRecord) => void,
  ) {
    this.maxProblems = options.maxProblems ?? 1000;
    this.knownEntities = options.knownEntities && new Set(options.knownEntities);
    this.knownEntityList = options.knownEntities ?? [];
    this.cells = new MappedCells(options.mapping);
    this.values = new CellValues(options.dayOrder ?? options.profileSettings?.ordreDate ?? "dmy");
    this.rules = new RowRules(options.profileSettings, options.reportingYear);
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

  private fail(row: CsvRow, i: number, key: InventoryColumnKey, b: Bad): void {
    this.rowBad = true;
    this.problem(b.code, row.line, cellColumn(row, i), key, b.fr, b.en);
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
    r.site = this.iSite < 0 ? "" : this.cells.cell(row, this.iSite, "site");
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

  private readType(row: CsvRow, r: LineRecord): void {
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

  private readDates(row: CsvRow, r: LineRecord): void {
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

  private readLifetime(row: CsvRow, r: LineRecord): void {
    r.lifetime = undefined;
    const text = this.cells.cell(row, this.iLife, "duree_vie_annees");
    if (text === "") return;
    const l = this.values.lifetime(text);
    if (isBad(l)) this.fail(row, this.iLife, "duree_vie_annees", l);
    else r.lifetime = l;
  }

  private readOrigin(row: CsvRow, r: LineRecord): void {
    r.origin = "neuf";
    const text = this.cells.cell(row, this.iOrigin, "origine");
    if (text === "") return;
    const o = this.values.origin(text);
    if (isBad(o)) this.fail(row, this.iOrigin, "origine", o);
    else r.origin = o;
  }

  private readLocation(row: CsvRow, r: LineRecord): void {
    r.location = "";
    const text = this.cells.cell(row, this.iLoc, "localisation");
    if (text === "") return;
    const loc = this.values.location(text);
    if (isBad(loc)) this.fail(row, this.iLoc, "localisation", loc);
    else r.location = loc;
  }

  private readKwh(row: CsvRow, r: LineRecord): void {
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

  private readEntity(row: CsvRow, r: LineRecord): void {
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
