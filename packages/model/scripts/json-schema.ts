// Generates the JSON Schema of each top-level document from the zod schemas, so that tools in other
// languages can validate the same files. Run by the package's build script; the files are build output
// (not committed) and ship in the npm package under schema/.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as z from "zod/mini";
import { BilanAnnuelSchema, CollectiviteSchema, DonneesTerritoireSchema, ProgrammeDeTravailSchema, StrategieSchema } from "../src/index.js";

// The $id is where the file is published: the npm package of the same version, served by unpkg, so a
// schema's identity follows the model version that produced it.
const VERSION: string = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
const BASE = `https://unpkg.com/@nrs/model@${VERSION}/schema/`;

const DOCUMENTS = [
  {
    file: "collectivite.schema.json",
    schema: CollectiviteSchema,
    title: "Collectivité (commune ou EPCI à fiscalité propre)",
    description:
      "collectivite.json of an @nrs project folder. Not expressible here and checked by @nrs/model: SIREN checksum, real calendar dates, INSEE code required for a commune, member communes for an EPCI.",
  },
  {
    file: "programme-de-travail.schema.json",
    schema: ProgrammeDeTravailSchema,
    title: "Programme de travail (loi n° 2021-1485 art. 35 ; CGCT art. D. 2311-15-1)",
    description: "programme-de-travail.json of an @nrs project folder.",
  },
  {
    file: "strategie.schema.json",
    schema: StrategieSchema,
    title: "Stratégie numérique responsable (CGCT art. D. 2311-15-1)",
    description: "strategie.json of an @nrs project folder.",
  },
  {
    file: "bilan-annuel.schema.json",
    schema: BilanAnnuelSchema,
    title: "Bilan annuel de la stratégie numérique responsable (CGCT art. L. 2311-1-1)",
    description: "bilans/<année>.json of an @nrs project folder.",
  },
  {
    file: "territoire.schema.json",
    schema: DonneesTerritoireSchema,
    title: "Données du territoire (empreinte numérique du territoire)",
    description:
      "donnees/<année>/territoire.json of an @nrs project folder. Checked by @nrs/footprint, not expressible here: households not above the population, PUE between 1 and 5.",
  },
] as const;

// zDecimal also accepts a Decimal object in memory; JSON cannot hold one, so its "anything" branch goes.
function dropEmptyBranches(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(dropEmptyBranches);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "anyOf" && Array.isArray(v)) {
      const kept = v.filter((b) => !(b && typeof b === "object" && Object.keys(b).length === 0));
      out[k] = kept.map(dropEmptyBranches);
    } else {
      out[k] = dropEmptyBranches(v);
    }
  }
  return out;
}

/** The JSON Schema text of every top-level document, by file name. */
export function buildJsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of DOCUMENTS) {
    const generated = z.toJSONSchema(d.schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
    const { $schema, ...rest } = generated;
    const doc = { $schema, $id: BASE + d.file, title: d.title, description: d.description, ...(dropEmptyBranches(rest) as object) };
    out[d.file] = `${JSON.stringify(doc, null, 2)}\n`;
  }
  return out;
}

export const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "schema");

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [file, text] of Object.entries(buildJsonSchemas())) {
    writeFileSync(join(SCHEMA_DIR, file), text);
    console.log(`wrote schema/${file}`);
  }
}
