import { isCodeInsee } from "@nrs/model";
if (!isCodeInsee("2A004") || !isCodeInsee("75056") || isCodeInsee("20004")) throw new Error("unexpected");
export {};
