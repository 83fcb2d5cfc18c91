// The private high-precision constructor lives in @nrs/core, shared by every package.
export { Exact, ex, out, type ExactValue } from "@nrs/core";
