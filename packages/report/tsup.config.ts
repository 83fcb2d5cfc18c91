// The shared library build: see tsup.library.ts at the repository root.
export { default } from "../../tsup.library.js";
