import * as z from "zod/mini";
import { safeParse } from "@nrs/core";
const r = safeParse(z.object({ annee: z.number() }), { annee: "2024" }, ["bilan"]);
if (r.ok) throw new Error("should fail");
__nrsLog(0, r.errors[0]?.path); // ["bilan", "annee"]
export {};
