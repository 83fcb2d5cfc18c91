// Bounds of an inventory line's values: beyond them a number is almost certainly a typing error.

/** Largest quantity accepted on one line. @internal */
export const MAX_LINE_QUANTITY = 10_000_000;
/** Largest measured consumption accepted on one line, kWh per year (a large data centre). @internal */
export const MAX_LINE_KWH = 1_000_000_000;
/** Longest service life accepted, years. @internal */
export const MAX_LIFETIME_YEARS = 50;
/** Earliest year of a date. @internal */
export const MIN_YEAR = 1980;
/** Latest year of a date. @internal */
export const MAX_YEAR = 2100;
