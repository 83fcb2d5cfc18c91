import { DEVICE_TYPES, type DeviceTypeDefinition } from "@nrs/footprint";
const t: DeviceTypeDefinition | undefined = DEVICE_TYPES.find((d) => d.code === "tablette");
__nrsLog(0, t?.aliases.en, t?.label.fr); // ["tablet"] "Tablette"
export {};
