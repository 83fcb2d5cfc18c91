import { RGESN_THEMATICS } from "@nrs/indicators";
console.log(RGESN_THEMATICS.map((t) => t.label.fr).join(", "));
export {};
