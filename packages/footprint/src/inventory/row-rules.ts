import type { Problem } from "@nrs/core";
import { resolveAssetStatus, type AssetStatus } from "../asset-export/asset-status.js";
import type { AssetProfileSettings } from "../asset-export/asset-profile.js";
import { dayNumber } from "../calendar-day.js";
import { quote } from "./cell-problem.js";

/**
 * Lines of an inventory left out on purpose (not errors), by reason: a retired status with no exit
 * during the reporting year, or a type the settings map to `null`.
 *
 * @example
 * ```ts
 * import { parseInventoryCsv, type InventoryLeftOut } from "@nrs/footprint";
 * const r = await parseInventoryCsv("type;quantite;statut\necran;2;Rebut\necran;1;En service\n");
 * const out: InventoryLeftOut | undefined = r.stats.leftOut;
 * console.log(out?.retired, r.stats.quantity); // { rows: 1, quantity: 2 } 1
 * ```
 */
export interface InventoryLeftOut {
  /** Retired (scrapped, disposed…) before the reporting year, or with no exit date. */
  readonly retired?: { readonly rows: number; readonly quantity: number };
  /** A type the settings map to `null`. */
  readonly excludedType?: { readonly rows: number; readonly quantity: number };
}

const MAX_UNKNOWN = 50;

/**
 * The per-line decisions an asset export needs beyond cell validation (statuses, lines left out, empty
 * acquisition dates) and the once-per-file warnings they lead to. @internal
 */
export class RowRules {
  private readonly retired = { rows: 0, quantity: 0 };
  private readonly excluded = { rows: 0, quantity: 0 };
  private readonly statuses = new Map<string, AssetStatus | null>();
  private readonly unknown = new Map<string, number>();
  private emptyAcquisition = 0;
  /** Warn about empty acquisition dates: asset-manager exports leave them empty where the canonical format says so on purpose. */
  warnEmptyAcquisition = false;
  private readonly yearStart: number | undefined;

  constructor(
    private readonly settings: AssetProfileSettings = {},
    reportingYear?: number,
  ) {
    this.yearStart = reportingYear === undefined ? undefined : dayNumber(reportingYear, 1, 1);
  }

  /** The meaning of a status cell; an unknown value is counted (warned once at the end) and read as in service. */
  status(text: string): AssetStatus {
    let s = this.statuses.get(text);
    if (s === undefined) {
      s = resolveAssetStatus(text, this.settings.statuts) ?? null;
      if (this.statuses.size < 10_000) this.statuses.set(text, s);
    }
    if (s !== null) return s;
    if (this.unknown.size < MAX_UNKNOWN || this.unknown.has(text)) this.unknown.set(text, (this.unknown.get(text) ?? 0) + 1);
    return "en_service";
  }

  /** Whether a retired line still counts: it left on or after 1 January of the reporting year. */
  keepsRetired(retirementDay: number | undefined): boolean {
    if (retirementDay === undefined) return false;
    return this.yearStart === undefined || retirementDay >= this.yearStart;
  }

  leaveOutRetired(quantity: number): void {
    this.retired.rows++;
    this.retired.quantity += quantity;
  }

  leaveOutType(quantity: number): void {
    this.excluded.rows++;
    this.excluded.quantity += quantity;
  }

  noAcquisitionDate(): void {
    this.emptyAcquisition++;
  }

  /** Rows left out, by reason, or `undefined` when none was. */
  leftOut(): InventoryLeftOut | undefined {
    if (this.retired.rows === 0 && this.excluded.rows === 0) return undefined;
    return {
      ...(this.retired.rows > 0 ? { retired: { ...this.retired } } : {}),
      ...(this.excluded.rows > 0 ? { excludedType: { ...this.excluded } } : {}),
    };
  }

  /** The once-per-file warnings: unknown statuses with their counts, lines without an acquisition date. */
  problems(): Problem[] {
    const out: Problem[] = [];
    if (this.unknown.size > 0) {
      const list = [...this.unknown].map(([t, n]) => `${quote(t)} × ${n}`).join(", ");
      out.push({
        code: "NRS_INVENTORY_UNKNOWN_STATUS",
        severity: "warning",
        path: ["statut"],
        message: {
          fr: `Statuts inconnus, comptés comme en service : ${list}. Déclarez-les dans nrs.json (« inventaire » › profil › « statuts » : en_service, en_stock ou sorti).`,
          en: `Unknown statuses, counted as in service: ${list}. Declare them in nrs.json ("inventaire" › profile › "statuts": en_service, en_stock or sorti).`,
        },
      });
    }
    if (this.emptyAcquisition > 0 && this.warnEmptyAcquisition) {
      const n = this.emptyAcquisition;
      out.push({
        code: "NRS_INVENTORY_NO_ACQUISITION_DATE",
        severity: "warning",
        path: ["date_acquisition"],
        message: {
          fr: `${n} ligne(s) sans date d'acquisition : supposées en service toute l'année, leur fabrication amortie à 1/durée de vie pour l'année.`,
          en: `${n} line(s) without an acquisition date: assumed in service all year, their manufacturing charged at 1/lifetime for the year.`,
        },
      });
    }
    return out;
  }
}
