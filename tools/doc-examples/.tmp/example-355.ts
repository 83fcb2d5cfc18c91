import { Decimal } from "decimal.js";
import { followUp, type FollowUp } from "@nrs/indicators";
const f: FollowUp = followUp("pue", [{ year: 2025, value: new Decimal("1.6") }]);
__nrsLog(0, f.direction, f.status); // BAISSE SANS_CIBLE
export {};
