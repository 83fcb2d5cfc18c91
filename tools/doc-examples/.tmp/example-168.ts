import { DEVICE_TYPES, type DeviceKind } from "@nrs/footprint";
const kinds: DeviceKind[] = [...new Set(DEVICE_TYPES.map((t) => t.kind))];
__nrsLog(0, kinds); // ["terminal", "peripheral", "server"]
export {};
