import { msg } from "@nrs/core";
const m = msg("Valeur négative", "Negative value");
if (m.en !== "Negative value") throw new Error("unexpected");
export {};
