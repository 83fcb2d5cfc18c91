/**
 * Where the JSON Schema of a project document or of a `--json` output is published: the `schemas/`
 * folder of the `@nrs/cli` package, served by a CDN of npm packages. `nrs init` writes it as `$schema`
 * so that editors complete and check the files.
 */
export function schemaUrl(name: string): string {
  return `https://unpkg.com/@nrs/cli/schemas/${name}.schema.json`;
}
