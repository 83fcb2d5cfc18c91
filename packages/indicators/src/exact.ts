// The 120-digit exact arithmetic lives in @nrs/core; this module only re-exports it for local imports.
export { Exact, ex, out, type ExactValue } from "@nrs/core";
