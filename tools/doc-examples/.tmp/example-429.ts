import { RGESN_THEMATICS, type RgesnThematic } from "@nrs/indicators";
const t: RgesnThematic | undefined = RGESN_THEMATICS[7];
__nrsLog(0, t?.number, t?.label.fr); // 8 Hébergement
export {};
