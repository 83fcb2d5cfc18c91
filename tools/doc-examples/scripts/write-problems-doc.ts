// Writes docs/problems.md from the catalogue (run: npm run docs:problems).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { problemsDoc } from "../src/problems-doc.js";

const target = join(import.meta.dirname, "../../../docs/problems.md");
writeFileSync(target, problemsDoc());
console.log(`wrote ${target}`);
