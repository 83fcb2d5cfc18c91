import { placeholder } from "@nrs/footprint";
console.log(placeholder);
export {};
