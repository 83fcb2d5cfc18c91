import type { SizeClass } from "@nrs/indicators";
const c: SizeClass = "100-200k";
console.log(c);
export {};
