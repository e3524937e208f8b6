// Lint for snipgen's own TypeScript: typescript-eslint's recommended rules. Generated code is checked by
// the test layers in its own languages, not here.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "dist.*/", "node_modules/", ".tmp/", "targets/**/golden/", "**/target/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        fetch: "readonly",
      },
    },
    rules: {
      // Escapers and JSON handling match control characters on purpose.
      "no-control-regex": "off",
      // `_`-prefixed names are deliberately unused (destructuring that drops a key).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    // The few CommonJS files: the CLI's entry (Node starts faster without its ES module loader) and a test preload.
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", __dirname: "readonly", __filename: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
