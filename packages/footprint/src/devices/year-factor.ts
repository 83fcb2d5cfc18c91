import { findFactor, listFactors, lookupFactor, type FactorQuery } from "../packs/factor-query.js";
import type { FactorPack, FactorRow } from "../packs/factor-pack.js";
import type { ResultBuilder } from "./result-builder.js";

/**
 * The factor of a year: that year's, else the latest before it, else (a year older than the pack) the
 * earliest after it; a note says when the year differs. Throws `NRS_FACTOR_NOT_FOUND` when the pack
 * has no row at all. @internal
 */
export function yearFactor(pack: FactorPack, query: FactorQuery, b: ResultBuilder): FactorRow {
  let row = findFactor(pack, query);
  if (row === undefined && query.year !== undefined) {
    const { year: _y, ...anyYear } = query;
    const rows = listFactors(
      pack,
      anyYear.stage === undefined
        ? { item: anyYear.item, criterion: anyYear.criterion }
        : { item: anyYear.item, criterion: anyYear.criterion, stage: anyYear.stage },
    );
    row = rows.filter((r) => anyYear.geography === undefined || r.geography === anyYear.geography).sort((x, y) => x.year - y.year)[0];
  }
  if (row === undefined) return lookupFactor(pack, query);
  if (query.year !== undefined && row.year !== query.year) {
    b.note(
      `Pas de facteur ${row.item} (${row.criterion}) pour ${query.year} : celui de ${row.year} est utilisé.`,
      `No ${row.item} (${row.criterion}) factor for ${query.year}: the ${row.year} one is used.`,
    );
  }
  return row;
}
