import { Decimal } from "decimal.js";
import { toJson } from "@nrs/core";
// written over 4 lines
__nrsLog(0, toJson({ b: new Decimal("0.1"), a: 1 })); // {"a": 1, "b": "0.1"}
export {};
