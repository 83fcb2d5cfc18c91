import { ok, fail, type Result } from "@nrs/core";
function half(n: number): Result<number> {
  return n % 2 === 0
    ? ok(n / 2)
    : fail([{ code: "ODD", severity: "error", path: [], message: { fr: "Impair", en: "Odd" } }]);
}
const r = half(4);
if (!r.ok || r.value !== 2) throw new Error("unexpected");
export {};
