import * as z from "zod/mini";
import { check, safeParse } from "@nrs/core";
const Even = z.number().check(check((n: number) => n % 2 === 0, "NRS_ODD", "Nombre impair.", "Odd number."));
const r = safeParse(Even, 3);
if (r.ok || r.errors[0]?.code !== "NRS_ODD") throw new Error("unexpected");
export {};
