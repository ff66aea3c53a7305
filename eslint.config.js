import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

/**
 * The direction of src/server: each folder (or top-level module) and the folders it may import. The pipeline flows
 * one way (routes → domain → queue → status channel → database); a new import against it fails lint, and
 * tests/architecture/import-cycles.test.ts proves no module cycle remains. `start-grading-services` (the grading side's
 * one start-up), `process-entry` (how an entry point opens the database and stops) and `worker/` compose the others
 * and are imported only by entry points (scripts/).
 */
const base = ["env", "errors", "logger"];
export const serverLayers = {
  env: [],
  errors: [],
  logger: ["env"],
  "local-secret": [...base],
  "browser-python": [...base],
  db: [...base, "local-secret"],
  events: [...base, "db"],
  "rate-limit": [...base, "db"],
  http: [...base],
  grading: [...base],
  content: [...base, "db", "grading"],
  auth: [...base, "db", "http", "rate-limit"],
  actions: [...base, "auth", "http"],
  exercises: [...base, "db", "content"],
  progress: [...base, "db", "content", "exercises"],
  quizzes: [...base, "db", "content", "http"],
  queue: [...base, "db", "events", "grading"],
  classes: [...base, "db", "auth", "grading", "rate-limit"],
  submissions: [...base, "db", "auth", "events", "grading", "queue"],
  regrades: [...base, "db", "auth", "classes", "grading", "progress", "queue"],
  worker: [...base, "db", "events", "grading", "queue", "regrades", "submissions"],
  "start-grading-services": [...base, "db", "events", "grading", "queue", "worker"],
  "process-entry": [...base, "db"],
};


function layerRule(folder) {
  const forbidden = Object.keys(serverLayers).filter((other) => other !== folder && !serverLayers[folder].includes(other));
  const names = forbidden.join("|");
  return {
    files: [`src/server/${folder}/**/*.{ts,tsx}`, `src/server/${folder}.{ts,tsx}`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: `^(?:(?:\\.{1,2}/)+|@/server/)(?:${names})(?:/|$)`,
              message: `src/server/${folder} may import only ${serverLayers[folder].join(", ") || "nothing of src/server"} (eslint.config.js serverLayers): the pipeline flows one way.`,
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", "src/generated/", "data/", "test-results/", "playwright-report/", "next-env.d.ts"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    // Every variable is read through src/server/env.ts (its schema is the README's configuration table). The few
    // places that set a variable before the schema loads, or pass the environment on to a child process, say so
    // in an eslint-disable comment.
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    // Loaded by their tools (Next, Prisma's CLI, Playwright) outside the app, where src/server/env.ts cannot load.
    ignores: ["next.config.js", "prisma.config.ts", "playwright.config.ts", "src/server/env.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read the environment through env() from src/server/env.ts." },
      ],
    },
  },
  ...Object.keys(serverLayers).map(layerRule),
);
