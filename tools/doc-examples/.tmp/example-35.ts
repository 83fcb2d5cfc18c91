import { NrsError, toDecimal } from "@nrs/core";
try {
  toDecimal("douze", ["quantite"]);
} catch (e) {
  if (!(e instanceof NrsError)) throw e;
  console.log(e.code, e.problems[0]?.message.fr);
}
export {};
