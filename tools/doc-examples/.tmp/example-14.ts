import * as z from "zod/mini";
import { zDecimal } from "@nrs/core";
const v = z.parse(zDecimal, "12.50");
__nrsLog(0, v.toString()); // "12.5"
export {};
