import { isSiren } from "@nrs/model";
if (!isSiren("732829320") || isSiren("732829321")) throw new Error("unexpected");
export {};
