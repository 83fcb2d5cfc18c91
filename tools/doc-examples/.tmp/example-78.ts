import { zCodeInsee } from "@nrs/model";
__nrsLog(0, zCodeInsee.safeParse("2B033").success); // true
export {};
