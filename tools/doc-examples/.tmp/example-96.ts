import { zIdentifiant } from "@nrs/model";
__nrsLog(0, zIdentifiant.safeParse("O3.1").success, zIdentifiant.safeParse("o 3").success); // true false
export {};
