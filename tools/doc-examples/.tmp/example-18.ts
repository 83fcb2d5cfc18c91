import { definedProps } from "@nrs/core";
const line: number | undefined = 12;
const column: number | undefined = undefined;
__nrsLog(0, { code: "X", ...definedProps({ line, column }) }); // { code: "X", line: 12 }
export {};
