import { DEVICE_TYPES, type DeviceFactorKey } from "@nrs/footprint";
const keys: readonly DeviceFactorKey[] | undefined = DEVICE_TYPES.find((t) => t.code === "serveur")?.factors;
__nrsLog(0, keys); // ["manufacturing", "lifetime", "power"]
export {};
