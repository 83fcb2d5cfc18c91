// Lint configuration (ESLint flat config). `npm run lint:style` runs it with Prettier's check and
// scripts/check-import-cycles.mjs (which also catches cycles of type-only imports, that import-x skips);
// `npm run check` (the README's test command, run by CI) starts with it.
// What it enforces beyond the recommended rules: no import cycle between source files, files of at most
// 300 lines (generated factor packs aside), and the house arrows (the four libraries are pure: no
// node:* module; core imports no @nrs package, model and footprint only core).
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import { importX } from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

const LIBRARIES = ["core", "model", "footprint", "indicators", "report"];
const noNode = {
  group: ["node:*", "fs", "path", "os", "child_process", "process"],
  message: "The libraries are pure and browser-safe: only @nrs/cli touches the file system or the process.",
};
const onlyFrom = (allowed) => ({
  group: ["@nrs/*", ...allowed.map((p) => `!@nrs/${p}`)],
  message: `Arrows point one way: core <- model, footprint <- indicators <- report <- cli (this package may import ${allowed.length ? allowed.map((p) => `@nrs/${p}`).join(", ") : "no @nrs package"}).`,
});
const ARROWS = { core: [], model: ["core"], footprint: ["core"] };

// The validation blocks of @nrs/core (docs/contributing.md, "Validation blocks"): the libraries and the
// CLI use them instead of re-writing them. An exception takes an eslint-disable comment that says why.
const CORE_BLOCKS = [
  {
    selector: "FunctionDeclaration[id.name='problem']",
    message: "Use problem() of @nrs/core (packages/core/src/problem.ts): the one constructor of a Problem, with a typed code.",
  },
  {
    selector: "VariableDeclarator[id.name='problem'][init.type=/^(ArrowFunctionExpression|FunctionExpression)$/]",
    message:
      "Use problem() of @nrs/core (packages/core/src/problem.ts) rather than a local `problem` helper; name a local wrapper after what it checks.",
  },
  {
    selector:
      "ConditionalExpression[test.operator='==='][test.right.type='Identifier'][test.right.name='undefined'][consequent.type='ObjectExpression'][consequent.properties.length=0]",
    message:
      "Use definedProps() of @nrs/core (packages/core/src/defined-props.ts): `...definedProps({ a, b })` instead of `x === undefined ? {} : { x }`.",
  },
  {
    selector:
      "ConditionalExpression[test.operator='!=='][test.right.type='Identifier'][test.right.name='undefined'][alternate.type='ObjectExpression'][alternate.properties.length=0]",
    message:
      "Use definedProps() of @nrs/core (packages/core/src/defined-props.ts): `...definedProps({ a, b })` instead of `x !== undefined ? { x } : {}`.",
  },
  {
    selector: "FunctionDeclaration[id.name=/^(daysInMonth|daysIn|monthLength|isLeap|isLeapYear)$/]",
    message: "Use daysInMonth() of @nrs/core (packages/core/src/iso-day.ts): the one calendar rule of the SDK.",
  },
  {
    selector: "Literal[regex.pattern=/(\\\\d|\\[0-9\\])\\{4\\}\\)?-/]",
    message:
      "Use parseIsoDay() / isIsoDay() / formatIsoDay() of @nrs/core (packages/core/src/iso-day.ts) rather than a local YYYY-MM-DD regular expression.",
  },
];

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "docs/api/**",
      "**/.tmp/**",
      "**/.turbo/**",
      "bench/results/**",
      // Generated modules (each names its generator in its header).
      "packages/footprint/src/packs/ademe-device-rows.ts",
      "packages/footprint/src/packs/fr-ademe-*.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.js", "**/*.mjs"],
    plugins: { "import-x": importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      "import-x/resolver-next": [
        createTypeScriptImportResolver({
          project: ["packages/*/tsconfig.json", "tools/*/tsconfig.json", "tsconfig.json"],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    languageOptions: { ecmaVersion: 2023, sourceType: "module" },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "max-lines": ["error", { max: 300 }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // Plain JavaScript runs in Node (scripts, benches, the packed-consumer check).
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: { console: "readonly", process: "readonly", require: "readonly", module: "writable", URL: "readonly" } },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  ...LIBRARIES.map((pkg) => ({
    files: [`packages/${pkg}/src/**/*.ts`],
    rules: { "no-restricted-imports": ["error", { patterns: [noNode, ...(pkg in ARROWS ? [onlyFrom(ARROWS[pkg])] : [])] }] },
  })),
  {
    files: ["model", "footprint", "indicators", "report", "cli"].map((pkg) => `packages/${pkg}/src/**/*.ts`),
    rules: { "no-restricted-syntax": ["error", ...CORE_BLOCKS] },
  },
  {
    // Tests, benches and scripts read fixtures and may be long tables of cases.
    files: ["**/test/**/*.ts", "bench/**", "scripts/**", "**/scripts/**"],
    rules: { "max-lines": "off" },
  },
);
