import { zAnnee } from "@nrs/model";
__nrsLog(0, zAnnee.safeParse(2025).success, zAnnee.safeParse(2025.5).success); // true false
export {};
