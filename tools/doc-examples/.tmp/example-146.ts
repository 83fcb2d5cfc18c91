import { isSiret } from "@nrs/model";
if (!isSiret("73282932000074") || isSiret("73282932000075")) throw new Error("unexpected");
export {};
