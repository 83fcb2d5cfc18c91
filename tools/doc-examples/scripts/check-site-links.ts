// `npm run docs` runs this after typedoc: it fails (exit code 1) when a link of the built site is broken.
// Usage: tsx tools/doc-examples/scripts/check-site-links.ts [site folder, default docs/api]
import { brokenLinks } from "../src/site-links.js";

const site = process.argv[2] ?? "docs/api";
const broken = brokenLinks(site);
for (const b of broken) console.error(`${b.page}: ${b.href} — ${b.reason}`);
if (broken.length > 0) {
  console.error(`${broken.length} broken link(s) in ${site}`);
  process.exit(1);
}
console.log(`links of ${site}: all resolve`);
