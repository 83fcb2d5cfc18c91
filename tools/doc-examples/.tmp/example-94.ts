import { isDateIso } from "@nrs/model";
if (!isDateIso("2024-02-29") || isDateIso("2023-02-29")) throw new Error("unexpected");
export {};
