import type { DefinedProps } from "@nrs/core";
const o: DefinedProps<{ a: number; b: string | undefined }> = { a: 1 };
__nrsLog(0, Object.keys(o)); // ["a"]
export {};
