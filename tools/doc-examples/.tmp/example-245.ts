import { oneByte } from "@nrs/footprint";
const m = oneByte();
// 1e12 bytes × (72 + 1465/3)e-12 kWh × 519 g/kWh = 290 813 g
__nrsLog(0, m.perByte(1e12).toString()); // "290813"
export {};
