// Entry point `@nrs/report/docx`: the bilan as a Word/LibreOffice document. Kept apart from the main
// entry so that an application that renders HTML never loads the DOCX library.
export { renderBilanDocx } from "./render-bilan-docx.js";
export type { RenderedDocx } from "./render-bilan-docx.js";
