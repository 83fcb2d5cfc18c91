import { Decimal } from "decimal.js";
import { parseFrenchDecimal, unknownEntityProblem, type CsvRow, type Problem } from "@nrs/core";
import type { ColumnMapping } from "./column-mapping.js";
import type { InventoryItem } from "./inventory-item.js";
import type { InventoryReadOptions } from "./inventory-read-options.js";
import { REQUIRED_INVENTORY_COLUMNS, resolveInventoryColumn, type InventoryColumnKey } from "./inventory-columns.js";
import { normalizeInventoryWord, resolveInventoryOrigin, resolveInventoryTypeCode, type InventoryOrigin } from "./inventory-vocabulary.js";
import { dayNumber, daysInMonth } from "./calendar-day.js";

/** Largest quantity accepted on one line: beyond, the number is almost certainly a typing error. @internal */
export const MAX_LINE_QUANTITY = 10_000_000;
/** Largest measured consumption accepted on one line, kWh per year (a large data centre). @internal */
export const MAX_LINE_KWH = 1_000_000_000;
/** Longest service life accepted, years. @internal */
export const MAX_LIFETIME_YEARS = 50;
const MIN_YEAR = 1980;
const MAX_YEAR = 2100;

/** A lifetime cell, parsed once per distinct text. @internal */
export interface LifetimeInfo {
  readonly key: string;
  readonly value: Decimal;
  readonly wholeYears: number;
  /** The fractional part of the lifetime as days of 365.25, exact (not rounded). */
  readonly fractionDays: Decimal;
  /** The same as a float, for comparisons with whole day numbers. */
  readonly fractionDaysNumber: number;
}

/**
 * One good record in the cheap form the aggregators read. The reader reuses a single instance, so a
 * consumer must copy what it keeps. @internal
 */
export interface LineRecord {
  line: number;
  type: string;
  quantity: number;
  acquisitionDay: number | undefined;
  acquisitionDate: string | undefined;
  /** Civil year, month and day of the acquisition date (valid when `acquisitionDay` is set). */
  acquisitionYear: number;
  acquisitionMonth: number;
  acquisitionDayOfMonth: number;
  retirementDay: number | undefined;
  retirementDate: string | undefined;
  lifetime: LifetimeInfo | undefined;
  origin: InventoryOrigin;
  location: string;
  /** Measured kWh in millionths, when it fits a safe integer; else `kwhDecimal`. */
  kwhMicro: number | undefined;
  kwhDecimal: Decimal | undefined;
  entity: string;
  id: string | undefined;
  model: string | undefined;
  comment: string | undefined;
}

interface Bad {
  readonly bad: true;
  readonly code: string;
  readonly fr: string;
  readonly en: string;
}
type Parsed<T> = T | Bad;
function isBad<T>(p: Parsed<T>): p is Bad {
  return typeof p === "object" && p !== null && (p as Bad).bad === true;
}
function bad(code: string, fr: string, en: string): Bad {
  return { bad: true, code, fr, en };
}

function quote(s: string): string {
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
}

const TYPE_LIST = "ordinateur_portable, ordinateur_fixe, ecran, smartphone, tablette, imprimante, videoprojecteur, …";


const CACHE_LIMIT = 50_000;
const ENTITY_MAX = 64;
const LOCATION_RE = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+Z?)?$/;
const FR_DATE_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const SIMPLE_DECIMAL_RE = /^(\d{1,9})(?:[.,](\d{1,6}))?$/;
const GROUP_SPACES = /[ \u00a0\u202f]/g;

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
  private readonly idx = new Map<InventoryColumnKey, number>();
  private readonly constants = new Map<InventoryColumnKey, string>();
  private readonly valueMaps = new Map<InventoryColumnKey, Map<string, string>>();
  private readonly maxProblems: number;
  private readonly knownEntities: ReadonlySet<string> | undefined;
  /** The list as given, for the message: no copy per unknown line. */
  private readonly knownEntityList: readonly string[];
  private readonly mapping: ColumnMapping | undefined;
  private readonly mappingColumns = new Map<string, InventoryColumnKey | null>();
  private readonly rec: LineRecord = {
    line: 0, type: "", quantity: 0, acquisitionDay: undefined, acquisitionDate: undefined, acquisitionYear: 0, acquisitionMonth: 0, acquisitionDayOfMonth: 0, retirementDay: undefined,
    retirementDate: undefined, lifetime: undefined, origin: "neuf", location: "", kwhMicro: undefined, kwhDecimal: undefined,
    entity: "", id: undefined, model: undefined, comment: undefined,
  };
  private readonly typeCache = new Map<string, Parsed<string>>();
  private readonly dateCache = new Map<string, Parsed<ParsedDate>>();
  private readonly lifeCache = new Map<string, Parsed<LifetimeInfo>>();
  private readonly originCache = new Map<string, Parsed<InventoryOrigin>>();
  private readonly locationCache = new Map<string, Parsed<string>>();
  private readonly entityCache = new Map<string, Parsed<string>>();
  private iType = -1; private iQty = -1; private iAcq = -1; private iRet = -1; private iLife = -1; private iOrigin = -1;
  private iLoc = -1; private iKwh = -1; private iEntity = -1; private iId = -1; private iModel = -1; private iComment = -1;
  private rowBad = false;

  constructor(options: InventoryReadOptions, private readonly onItem: (rec: LineRecord) => void) {
    this.maxProblems = options.maxProblems ?? 1000;
    this.knownEntities = options.knownEntities && new Set(options.knownEntities);
    this.knownEntityList = options.knownEntities ?? [];
    this.mapping = options.mapping;
    const m = options.mapping;
    if (m?.columns) for (const [h, k] of Object.entries(m.columns)) this.mappingColumns.set(normalizeInventoryWord(h), k);
    if (m?.constants) for (const [k, v] of Object.entries(m.constants)) if (v !== undefined) this.constants.set(k as InventoryColumnKey, v);
    if (m?.values) {
      for (const [k, table] of Object.entries(m.values)) {
        if (!table) continue;
        const map = new Map<string, string>();
        for (const [from, to] of Object.entries(table)) map.set(normalizeInventoryWord(from), to);
        this.valueMaps.set(k as InventoryColumnKey, map);
      }
    }
  }

  /** Whether the header could be read (false until a header is seen, and after a fatal header problem). */
  get usable(): boolean {
    return this.headerSeen && !this.fatal;
  }

  private report(p: Problem): void {
    if (this.problems.length < this.maxProblems) this.problems.push(p);
    else this.problemsNotListed++;
  }

  private problem(code: string, line: number, column: number, path: InventoryColumnKey | "", fr: string, en: string, severity: "error" | "warning" = "error"): void {
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
      this.problem("NRS_INVENTORY_EMPTY", 1, 1, "", "Le fichier d'inventaire est vide : il faut au moins une ligne d'en-tête.",
        "The inventory file is empty: a header line is needed at least.");
    } else if (this.records === 0 && !this.fatal) {
      this.problem("NRS_INVENTORY_NO_ROWS", 2, 1, "", "L'inventaire n'a que sa ligne d'en-tête, aucun équipement.",
        "The inventory has a header line and no equipment.", "warning");
    }
    if (this.problemsNotListed > 0) {
      this.problems.push({
        code: "NRS_INVENTORY_TOO_MANY_PROBLEMS", severity: "error", path: [],
        message: {
          fr: `${this.problemsNotListed} autres problèmes n'ont pas été listés (limite de ${this.maxProblems}).`,
          en: `${this.problemsNotListed} more problems were not listed (limit of ${this.maxProblems}).`,
        },
      });
    }
  }

  private header(row: CsvRow): void {
    this.headerSeen = true;
    const line = row.line;
    if (row.problem) {
      this.report(row.problem);
      this.fatal = true;
      return;
    }
    this.width = row.cells.length;
    for (let i = 0; i < row.cells.length; i++) {
      const raw = row.cells[i] as string;
      const column = row.columns[i] ?? 1;
      if (raw.includes("\u0000") || raw.includes("\ufffd")) {
        this.problem("NRS_INVENTORY_BAD_ENCODING", line, column, "",
          "L'en-tête contient des caractères illisibles : le fichier doit être enregistré en UTF-8.",
          "The header holds unreadable characters: the file must be saved as UTF-8.");
        this.fatal = true;
        return;
      }
      const norm = normalizeInventoryWord(raw);
      let key: InventoryColumnKey | null | undefined = this.mappingColumns.has(norm) ? this.mappingColumns.get(norm) : resolveInventoryColumn(raw);
      if (key === null) continue;
      if (key === undefined) {
        if (norm === "") continue;
        this.problem("NRS_INVENTORY_UNKNOWN_COLUMN", line, column, "",
          `Colonne ${quote(raw)} inconnue : elle est ignorée.`, `Unknown column ${quote(raw)}: it is ignored.`, "warning");
        continue;
      }
      if (this.idx.has(key)) {
        this.problem("NRS_INVENTORY_DUPLICATE_COLUMN", line, column, key,
          `La colonne « ${key} » apparaît deux fois (${quote(raw)}).`, `Column "${key}" appears twice (${quote(raw)}).`);
        this.fatal = true;
        continue;
      }
      this.idx.set(key, i);
    }
    for (const key of REQUIRED_INVENTORY_COLUMNS) {
      if (!this.idx.has(key) && !this.constants.has(key)) {
        this.problem("NRS_INVENTORY_MISSING_COLUMN", line, 1, key,
          `Colonne obligatoire « ${key} » absente de l'en-tête.`, `Required column "${key}" is missing from the header.`);
        this.fatal = true;
      }
    }
    const g = (k: InventoryColumnKey): number => this.idx.get(k) ?? -1;
    this.iType = g("type"); this.iQty = g("quantite"); this.iAcq = g("date_acquisition"); this.iRet = g("date_sortie");
    this.iLife = g("duree_vie_annees"); this.iOrigin = g("origine"); this.iLoc = g("localisation"); this.iKwh = g("consommation_kwh_an");
    this.iEntity = g("entite"); this.iId = g("identifiant"); this.iModel = g("modele"); this.iComment = g("commentaire");
  }

  private cell(row: CsvRow, i: number, key: InventoryColumnKey): string {
    let v: string;
    if (i < 0 || i >= row.cells.length) v = this.constants.get(key) ?? "";
    else {
      v = row.cells[i] as string;
      // trim() only when needed: most cells have no surrounding space and the call is on the hot path.
      const n = v.length;
      if (n > 0) {
        const a = v.charCodeAt(0);
        const z = v.charCodeAt(n - 1);
        if (a <= 32 || a >= 127 || z <= 32 || z >= 127) v = v.trim();
      }
    }
    // An empty cell takes the mapping's constant for its column, as a missing column does.
    if (v === "" && this.constants.size > 0) v = this.constants.get(key) ?? "";
    if (this.valueMaps.size > 0) {
      const map = this.valueMaps.get(key);
      if (map !== undefined && v !== "") v = map.get(normalizeInventoryWord(v)) ?? v;
    }
    return v;
  }

  private col(row: CsvRow, i: number): number {
    if (i < 0) return 1;
    const c = row.columns[i];
    if (c !== undefined) return c;
    // A missing trailing cell: point just after the last one.
    const last = row.columns.length - 1;
    return last >= 0 ? (row.columns[last] as number) + (row.cells[last] as string).length + 1 : 1;
  }

  private fail(row: CsvRow, i: number, key: InventoryColumnKey, b: Bad): void {
    this.rowBad = true;
    this.problem(b.code, row.line, this.col(row, i), key, b.fr, b.en);
  }

  private row(row: CsvRow): void {
    this.rowBad = false;
    const line = row.line;
    if (row.problem) {
      // The cells of a malformed record are guesses: checking them would only add noise to the real problem.
      this.report(row.problem);
      this.badRows++;
      return;
    }
    if (row.cells.length > this.width) {
      for (let i = this.width; i < row.cells.length; i++) {
        if ((row.cells[i] as string).trim() !== "") {
          this.rowBad = true;
          this.problem("NRS_INVENTORY_EXTRA_CELLS", line, row.columns[i] ?? 1, "",
            `La ligne a ${row.cells.length} cellules pour ${this.width} colonnes : séparateur en trop ou guillemets manquants ?`,
            `The line has ${row.cells.length} cells for ${this.width} columns: a stray separator or missing quotes?`);
          break;
        }
      }
    }
    const r = this.rec;
    r.line = line;

    // type
    const typeText = this.cell(row, this.iType, "type");
    if (typeText === "") this.fail(row, this.iType, "type", bad("NRS_INVENTORY_REQUIRED", "Le type d'équipement est vide.", "The equipment type is empty."));
    else {
      let t = this.typeCache.get(typeText);
      if (t === undefined) {
        const def = resolveInventoryTypeCode(typeText);
        t = def ? def.code : bad("NRS_INVENTORY_UNKNOWN_TYPE",
          `Type d'équipement ${quote(typeText)} inconnu (types connus : ${TYPE_LIST}).`,
          `Unknown equipment type ${quote(typeText)} (known types: ${TYPE_LIST}).`);
        this.remember(this.typeCache, typeText, t);
      }
      if (isBad(t)) this.fail(row, this.iType, "type", t);
      else r.type = t;
    }

    // quantite
    const qText = this.cell(row, this.iQty, "quantite");
    const q = parseQuantity(qText);
    if (isBad(q)) this.fail(row, this.iQty, "quantite", q);
    else r.quantity = q;

    // dates
    r.acquisitionDay = undefined; r.acquisitionDate = undefined; r.retirementDay = undefined; r.retirementDate = undefined;
    const aText = this.cell(row, this.iAcq, "date_acquisition");
    if (aText !== "" && !this.fastDate(aText)) {
      const d = this.date(aText);
      if (isBad(d)) this.fail(row, this.iAcq, "date_acquisition", d);
      else {
        r.acquisitionDay = d.day; r.acquisitionDate = d.iso;
        r.acquisitionYear = d.y; r.acquisitionMonth = d.m; r.acquisitionDayOfMonth = d.d;
      }
    }
    const sText = this.cell(row, this.iRet, "date_sortie");
    if (sText !== "") {
      const d = this.date(sText);
      if (isBad(d)) this.fail(row, this.iRet, "date_sortie", d);
      else {
        r.retirementDay = d.day; r.retirementDate = d.iso;
        if (r.acquisitionDay !== undefined && d.day < r.acquisitionDay) {
          this.fail(row, this.iRet, "date_sortie", bad("NRS_INVENTORY_DATE_ORDER",
            `La date de sortie ${d.iso} précède la date d'acquisition ${r.acquisitionDate}.`,
            `The retirement date ${d.iso} is before the acquisition date ${r.acquisitionDate}.`));
        }
      }
    }

    // duree_vie_annees
    r.lifetime = undefined;
    const lText = this.cell(row, this.iLife, "duree_vie_annees");
    if (lText !== "") {
      let l = this.lifeCache.get(lText);
      if (l === undefined) {
        l = parseLifetime(lText);
        this.remember(this.lifeCache, lText, l);
      }
      if (isBad(l)) this.fail(row, this.iLife, "duree_vie_annees", l);
      else r.lifetime = l;
    }

    // origine
    r.origin = "neuf";
    const oText = this.cell(row, this.iOrigin, "origine");
    if (oText !== "") {
      let o = this.originCache.get(oText);
      if (o === undefined) {
        o = resolveInventoryOrigin(oText) ?? bad("NRS_INVENTORY_UNKNOWN_ORIGIN",
          `Origine ${quote(oText)} inconnue : neuf, reemploi ou reconditionne.`,
          `Unknown origin ${quote(oText)}: neuf (new), reemploi (reused) or reconditionne (refurbished).`);
        this.remember(this.originCache, oText, o);
      }
      if (isBad(o)) this.fail(row, this.iOrigin, "origine", o);
      else r.origin = o;
    }

    // localisation
    r.location = "";
    const locText = this.cell(row, this.iLoc, "localisation");
    if (locText !== "") {
      let loc = this.locationCache.get(locText);
      if (loc === undefined) {
        loc = LOCATION_RE.test(locText) ? locText.toUpperCase() : bad("NRS_INVENTORY_BAD_LOCATION",
          `Localisation ${quote(locText)} invalide : un code de zone comme FR est attendu.`,
          `Invalid location ${quote(locText)}: a zone code such as FR is expected.`);
        this.remember(this.locationCache, locText, loc);
      }
      if (isBad(loc)) this.fail(row, this.iLoc, "localisation", loc);
      else r.location = loc;
    }

    // consommation_kwh_an
    r.kwhMicro = undefined; r.kwhDecimal = undefined;
    const kText = this.cell(row, this.iKwh, "consommation_kwh_an");
    if (kText !== "") {
      const m = SIMPLE_DECIMAL_RE.exec(kText);
      if (m !== null) {
        const frac = m[2] ?? "";
        r.kwhMicro = Number(m[1]) * 1_000_000 + (frac === "" ? 0 : Number(frac.padEnd(6, "0")));
        if (r.kwhMicro > MAX_LINE_KWH * 1_000_000) {
          r.kwhMicro = undefined;
          this.fail(row, this.iKwh, "consommation_kwh_an", tooLarge(kText, `${MAX_LINE_KWH} kWh`));
        }
      } else {
        const k = parseKwh(kText);
        if (isBad(k)) this.fail(row, this.iKwh, "consommation_kwh_an", k);
        else r.kwhDecimal = k;
      }
    }

    // entite
    r.entity = "";
    const eText = this.cell(row, this.iEntity, "entite");
    if (eText !== "") {
      let e = this.entityCache.get(eText);
      if (e === undefined) {
        e = eText.length > ENTITY_MAX || /[\u0000-\u001f\ufffd]/.test(eText) ? bad("NRS_INVENTORY_BAD_ENTITY",
          `Entité ${quote(eText)} invalide : « epci » ou un code INSEE, ${ENTITY_MAX} caractères au plus, sans caractère illisible.`,
          `Invalid entity ${quote(eText)}: "epci" or an INSEE code, at most ${ENTITY_MAX} characters, no unreadable character.`) : eText;
        this.remember(this.entityCache, eText, e);
      }
      if (isBad(e)) this.fail(row, this.iEntity, "entite", e);
      else {
        r.entity = e;
        if (this.knownEntities?.has(e) === false) {
          this.report(unknownEntityProblem(e, this.knownEntityList, { path: ["entite"], line: row.line, column: this.col(row, this.iEntity) }));
        }
      }
    }

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

  private text(row: CsvRow, i: number, key: InventoryColumnKey): string | undefined {
    if (i < 0) return undefined;
    const v = this.cell(row, i, key);
    if (v === "") return undefined;
    if (v.includes("\ufffd")) {
      this.fail(row, i, key, bad("NRS_INVENTORY_BAD_ENCODING", "Caractères illisibles : le fichier doit être enregistré en UTF-8.",
        "Unreadable characters: the file must be saved as UTF-8."));
    }
    return v;
  }

  /**
   * Reads a canonical, valid YYYY-MM-DD acquisition date straight into the record: no regular
   * expression, no cache lookup (hashing a fresh cell string costs more than reading ten characters),
   * no allocation. Returns false for anything else, which then takes the general path.
   */
  private fastDate(text: string): boolean {
    if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
    const y = digits(text, 0, 4);
    const m = digits(text, 5, 7);
    const d = digits(text, 8, 10);
    if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return false;
    const r = this.rec;
    r.acquisitionDay = dayNumber(y, m, d);
    r.acquisitionDate = text;
    r.acquisitionYear = y;
    r.acquisitionMonth = m;
    r.acquisitionDayOfMonth = d;
    return true;
  }

  private date(text: string): Parsed<ParsedDate> {
    let d = this.dateCache.get(text);
    if (d === undefined) {
      d = parseDate(text);
      this.remember(this.dateCache, text, d);
    }
    return d;
  }

  private remember<T>(cache: Map<string, T>, key: string, value: T): void {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, value);
  }
}

/** The number written by the ASCII digits of text[from, to), or -1 if one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function tooLarge(text: string, max: string): Bad {
  return bad("NRS_INVENTORY_TOO_LARGE", `Valeur ${quote(text)} trop grande (au plus ${max}).`, `Value ${quote(text)} is too large (at most ${max}).`);
}

function notANumber(text: string): Bad {
  return bad("NRS_NOT_A_NUMBER", `${quote(text)} n'est pas un nombre valide.`, `${quote(text)} is not a valid number.`);
}

/** @internal */
export function parseQuantity(text: string): Parsed<number> {
  if (text === "") return bad("NRS_INVENTORY_REQUIRED", "La quantité est vide.", "The quantity is empty.");
  let n = 0;
  let simple = text.length <= 12;
  for (let i = 0; simple && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) simple = false;
    else n = n * 10 + (c - 48);
  }
  if (!simple) {
    const d = parseFrenchDecimal(text);
    if (d === undefined) return notANumber(text);
    if (d.isNegative() && !d.isZero()) return bad("NRS_NEGATIVE", `Quantité négative (${text}).`, `Negative quantity (${text}).`);
    if (!d.isInteger()) return bad("NRS_INVENTORY_NOT_INTEGER", `La quantité ${quote(text)} doit être un nombre entier.`, `Quantity ${quote(text)} must be a whole number.`);
    if (d.gt(MAX_LINE_QUANTITY)) return tooLarge(text, String(MAX_LINE_QUANTITY));
    n = d.toNumber();
  }
  if (n === 0) return bad("NRS_NOT_POSITIVE", "La quantité doit être au moins 1.", "The quantity must be at least 1.");
  if (n > MAX_LINE_QUANTITY) return tooLarge(text, String(MAX_LINE_QUANTITY));
  return n;
}

/** A date cell, parsed once per distinct text. @internal */
export interface ParsedDate {
  readonly day: number;
  readonly iso: string;
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** @internal */
export function parseDate(text: string): Parsed<ParsedDate> {
  let y: number;
  let m: number;
  let d: number;
  const iso = ISO_DATE_RE.exec(text);
  if (iso !== null) {
    y = Number(iso[1]); m = Number(iso[2]); d = Number(iso[3]);
  } else {
    const fr = FR_DATE_RE.exec(text);
    if (fr === null) {
      return bad("NRS_INVENTORY_BAD_DATE", `Date ${quote(text)} illisible : AAAA-MM-JJ ou JJ/MM/AAAA attendu.`,
        `Unreadable date ${quote(text)}: YYYY-MM-DD or DD/MM/YYYY expected.`);
    }
    d = Number(fr[1]); m = Number(fr[2]); y = Number(fr[3]);
  }
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    return bad("NRS_INVENTORY_BAD_DATE", `La date ${quote(text)} n'existe pas.`, `Date ${quote(text)} does not exist.`);
  }
  if (y < MIN_YEAR || y > MAX_YEAR) {
    return bad("NRS_INVENTORY_DATE_RANGE", `Date ${quote(text)} hors de la plage ${MIN_YEAR}–${MAX_YEAR}.`,
      `Date ${quote(text)} outside ${MIN_YEAR}–${MAX_YEAR}.`);
  }
  const isoText = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return { day: dayNumber(y, m, d), iso: isoText, y, m, d };
}

/** @internal */
export function parseLifetime(text: string): Parsed<LifetimeInfo> {
  const v = parseFrenchDecimal(text);
  if (v === undefined) return notANumber(text);
  if (!v.isPositive() || v.isZero()) {
    return bad(v.isNegative() && !v.isZero() ? "NRS_NEGATIVE" : "NRS_NOT_POSITIVE", `Durée de vie ${quote(text)} : elle doit être supérieure à 0.`,
      `Lifetime ${quote(text)}: it must be greater than 0.`);
  }
  if (v.gt(MAX_LIFETIME_YEARS)) return tooLarge(text, `${MAX_LIFETIME_YEARS} ans / years`);
  return lifetimeInfo(v);
}

/** @internal */
export function lifetimeInfo(v: Decimal): LifetimeInfo {
  const whole = v.floor();
  const fraction = v.minus(whole).times("365.25");
  return { key: v.toString(), value: v, wholeYears: whole.toNumber(), fractionDays: fraction, fractionDaysNumber: fraction.toNumber() };
}

function parseKwh(text: string): Parsed<Decimal> {
  const v = parseFrenchDecimal(text.replace(GROUP_SPACES, ""));
  if (v === undefined) return notANumber(text);
  if (v.isNegative() && !v.isZero()) return bad("NRS_NEGATIVE", `Consommation négative (${text}).`, `Negative consumption (${text}).`);
  if (v.gt(MAX_LINE_KWH)) return tooLarge(text, `${MAX_LINE_KWH} kWh`);
  return v;
}

/** Copies the reader's reused record into an item. @internal */
export function toItem(r: LineRecord): InventoryItem {
  const item: {
    line: number; type: string; quantity: number; origin: InventoryOrigin;
    acquisitionDate?: string; retirementDate?: string; lifetimeYears?: Decimal; location?: string;
    annualKwh?: Decimal; entity?: string; id?: string; model?: string; comment?: string;
  } = { line: r.line, type: r.type, quantity: r.quantity, origin: r.origin };
  if (r.acquisitionDate !== undefined) item.acquisitionDate = r.acquisitionDate;
  if (r.retirementDate !== undefined) item.retirementDate = r.retirementDate;
  if (r.lifetime !== undefined) item.lifetimeYears = r.lifetime.value;
  if (r.location !== "") item.location = r.location;
  if (r.kwhMicro !== undefined) item.annualKwh = microToDecimal(r.kwhMicro);
  else if (r.kwhDecimal !== undefined) item.annualKwh = r.kwhDecimal;
  if (r.entity !== "") item.entity = r.entity;
  if (r.id !== undefined) item.id = r.id;
  if (r.model !== undefined) item.model = r.model;
  if (r.comment !== undefined) item.comment = r.comment;
  return item;
}

function microToDecimal(micro: number): Decimal {
  return new Decimal(micro).dividedBy(1_000_000);
}
