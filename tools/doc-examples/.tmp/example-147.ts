import { zSiret } from "@nrs/model";
__nrsLog(0, zSiret.safeParse("73282932000074").success); // true
export {};
