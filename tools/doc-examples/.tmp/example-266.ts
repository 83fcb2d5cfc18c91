import { sustainableWebDesign } from "@nrs/footprint";
const swd = sustainableWebDesign({ version: 4 });
// 1 GB: (0.055 + 0.059 + 0.08 + 0.012 + 0.013 + 0.081) kWh × 494 g/kWh = 148.2 g
__nrsLog(0, swd.perByte(1e9).toString()); // "148.2"
const fr = sustainableWebDesign({ version: 4, gridIntensity: { device: 46.1, network: 46.1, dataCenter: 46.1 } });
__nrsLog(1, fr.perByteTrace(2_000_000, true).segments.dataCenterOperational?.toString()); // "0"
export {};
