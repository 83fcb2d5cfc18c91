import { PERIMETRES } from "@nrs/model";
__nrsLog(0, PERIMETRES.TERRITOIRE.fr); // "Territoire"
export {};
