import type { Direction } from "@nrs/indicators";
const better: Direction = "BAISSE";
console.log(better);
export {};
