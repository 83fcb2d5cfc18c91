import { fail } from "@nrs/core";
const r = fail([{ code: "X", severity: "error", path: [], message: { fr: "x", en: "x" } }]);
__nrsLog(0, r.ok); // false
export {};
