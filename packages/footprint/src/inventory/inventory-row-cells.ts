import { unknownEntityProblem, type CsvRow, type Problem } from "@nrs/core";
import { dayNumber, daysInMonth } from "../calendar-day.js";
import { bad, isBad, type Bad } from "./cell-problem.js";
import { digits, parseKwh, parseKwhMicro } from "./cell-parsers.js";
import { CellValues } from "./cell-values.js";
import type { InventoryColumnKey } from "./inventory-columns.js";
import { MAX_YEAR, MIN_YEAR } from "./inventory-limits.js";
import type { InventoryReadOptions } from "./inventory-read-options.js";
import { resolveInventoryUsage } from "./inventory-usages.js";
import type { LineRecord } from "./line-record.js";
import { cellColumn, EXCLUDED, MappedCells } from "./mapped-cells.js";
import { RowRules } from "./row-rules.js";

/**
 * How one row's cells become a {@link LineRecord}: each column read and checked in place (no
 * allocation on the common path), every bad cell reported at its line and column. The row loop, the
 * header and the counters are {@link InventoryReader}'s. @internal
 */
export abstract class InventoryRowCells {
  readonly problems: Problem[] = [];
  problemsNotListed = 0;
  protected readonly maxProblems: number;
  protected readonly knownEntities: ReadonlySet<string> | undefined;
  /** The list as given, for the message: no copy per unknown line. */
  protected readonly knownEntityList: readonly string[];
  protected cells: MappedCells;
  protected readonly values: CellValues;
  protected readonly rules: RowRules;
  protected readonly usages = new Map<string, string>();
  protected rowBad = false;
  protected iType = -1;
  protected iQty = -1;
  protected iAcq = -1;
  protected iRet = -1;
  protected iLife = -1;
  protected iOrigin = -1;
  protected iLoc = -1;
  protected iKwh = -1;
  protected iEntity = -1;
  protected iId = -1;
  protected iModel = -1;
  protected iComment = -1;
  protected iStatus = -1;
  protected iSite = -1;

  constructor(options: InventoryReadOptions) {
    this.maxProblems = options.maxProblems ?? 1000;
    this.knownEntities = options.knownEntities && new Set(options.knownEntities);
    this.knownEntityList = options.knownEntities ?? [];
    this.cells = new MappedCells(options.mapping);
    this.values = new CellValues(options.dayOrder ?? options.profileSettings?.ordreDate ?? "dmy");
    this.rules = new RowRules(options.profileSettings, options.reportingYear);
  }

  protected report(p: Problem): void {
    if (this.problems.length < this.maxProblems) this.problems.push(p);
    else this.problemsNotListed++;
  }

  protected problem(
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

  protected fail(row: CsvRow, i: number, key: InventoryColumnKey, b: Bad): void {
    this.rowBad = true;
    this.problem(b.code, row.line, cellColumn(row, i), key, b.fr, b.en);
  }

  /** A `site` cell's usage code (see `resolveInventoryUsage`), remembered per distinct text: a file names few. */
  protected usage(text: string): string {
    let u = this.usages.get(text);
    if (u === undefined) {
      u = resolveInventoryUsage(text);
      if (this.usages.size < 4096) this.usages.set(text, u);
    }
    return u;
  }

  protected readType(row: CsvRow, r: LineRecord): void {
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

  protected readDates(row: CsvRow, r: LineRecord): void {
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
  protected fastDate(text: string, r: LineRecord): boolean {
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

  protected readLifetime(row: CsvRow, r: LineRecord): void {
    r.lifetime = undefined;
    const text = this.cells.cell(row, this.iLife, "duree_vie_annees");
    if (text === "") return;
    const l = this.values.lifetime(text);
    if (isBad(l)) this.fail(row, this.iLife, "duree_vie_annees", l);
    else r.lifetime = l;
  }

  protected readOrigin(row: CsvRow, r: LineRecord): void {
    r.origin = "neuf";
    const text = this.cells.cell(row, this.iOrigin, "origine");
    if (text === "") return;
    const o = this.values.origin(text);
    if (isBad(o)) this.fail(row, this.iOrigin, "origine", o);
    else r.origin = o;
  }

  protected readLocation(row: CsvRow, r: LineRecord): void {
    r.location = "";
    const text = this.cells.cell(row, this.iLoc, "localisation");
    if (text === "") return;
    const loc = this.values.location(text);
    if (isBad(loc)) this.fail(row, this.iLoc, "localisation", loc);
    else r.location = loc;
  }

  protected readKwh(row: CsvRow, r: LineRecord): void {
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

  protected readEntity(row: CsvRow, r: LineRecord): void {
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

  protected text(row: CsvRow, i: number, key: InventoryColumnKey): string | undefined {
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
