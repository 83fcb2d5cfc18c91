import * as z from "zod/mini";
import { zDecimalString } from "@nrs/core";
__nrsLog(0, z.parse(zDecimalString, " 012.50 ")); // "12.5"
__nrsLog(1, z.parse(zDecimalString, 1.5e-7)); // "0.00000015"
__nrsLog(2, zDecimalString.safeParse("douze").success); // false
export {};
