import type { Decimal } from "decimal.js";
import { microToDecimal } from "./cell-parsers.js";
import type { InventoryItem } from "./inventory-item.js";
import type { InventoryOrigin } from "./inventory-origins.js";
import type { LineRecord } from "./line-record.js";

/** Copies the reader's reused record into an item (optional fields absent when empty). @internal */
export function toItem(r: LineRecord): InventoryItem {
  const item: {
    line: number;
    type: string;
    quantity: number;
    origin: InventoryOrigin;
    acquisitionDate?: string;
    retirementDate?: string;
    lifetimeYears?: Decimal;
    location?: string;
    annualKwh?: Decimal;
    entity?: string;
    id?: string;
    model?: string;
    comment?: string;
    site?: string;
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
  if (r.site !== "") item.site = r.site;
  return item;
}
