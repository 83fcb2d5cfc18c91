// The shared library build (tsup.library.ts at the repository root), with a second entry point:
// `@nrs/report/docx`, so that the DOCX library is loaded only by those who write .docx files.
import { defineConfig } from "tsup";
import library from "../../tsup.library.js";

export default defineConfig({ ...(library as object), entry: ["src/index.ts", "src/docx.ts"] });
