import { ex, Exact, type ExactValue } from "@nrs/core";
import type { PurchaseRecord } from "./purchase-record.js";

/** @internal The exact sums of one AGEC category's purchases for a year, with the lines summed. */
export interface Agec58CategoryTotal {
  readonly category: string;
  readonly amount: ExactValue;
  readonly reuse: ExactValue;
  readonly donation: ExactValue;
  readonly recycled: ExactValue;
  readonly lines: readonly number[];
}

/**
 * @internal Purchases summed exactly per AGEC category, sorted by category code: the one place where
 * both the reuse-share indicator and the AGEC art. 58 declaration add purchases up, so that they
 * cannot disagree. The caller passes the purchases of the year already chosen (with
 * `datedInYear`); every one given is summed. An absent donation or recycled amount adds 0.
 */
export function agec58CategoryTotals(purchases: Iterable<PurchaseRecord>): Agec58CategoryTotal[] {
  const acc = new Map<string, { amount: ExactValue; reuse: ExactValue; donation: ExactValue; recycled: ExactValue; lines: number[] }>();
  for (const p of purchases) {
    let a = acc.get(p.category);
    if (a === undefined)
      acc.set(p.category, (a = { amount: new Exact(0), reuse: new Exact(0), donation: new Exact(0), recycled: new Exact(0), lines: [] }));
    a.amount = a.amount.plus(ex(p.amount));
    a.reuse = a.reuse.plus(ex(p.reuseAmount));
    if (p.donationAmount !== undefined) a.donation = a.donation.plus(ex(p.donationAmount));
    if (p.recycledAmount !== undefined) a.recycled = a.recycled.plus(ex(p.recycledAmount));
    if (p.line !== undefined) a.lines.push(p.line);
  }
  return [...acc].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([category, a]) => ({ category, ...a }));
}
