import { PeriodeSchema } from "@nrs/model";
__nrsLog(0, PeriodeSchema.safeParse({ debut: 2025, fin: 2030 }).success); // true
export {};
