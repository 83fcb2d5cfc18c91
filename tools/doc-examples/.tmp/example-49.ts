import * as z from "zod/mini";
import { problemsFromZod } from "@nrs/core";
const r = z.object({ nom: z.string() }).safeParse({ nom: 3 });
if (!r.success) console.log(problemsFromZod(r.error)[0]?.message.fr);
export {};
