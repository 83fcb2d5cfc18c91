import type { ValueOrigin } from "@nrs/footprint";
const o: ValueOrigin = "default";
console.log(o);
export {};
