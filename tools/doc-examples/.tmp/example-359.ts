import type { InventoryLine } from "@nrs/indicators";
const l: InventoryLine = { type: "ecran", quantity: 20, acquisitionDate: "2021-05-01", entity: "26902" };
console.log(l.quantity);
export {};
