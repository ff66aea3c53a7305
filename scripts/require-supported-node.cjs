// Refuses to run PyGrade on a Node.js older than the maintained LTS lines it supports. Every package.json script
// that runs the app's code preloads it (`node --require ./scripts/require-supported-node.cjs ...`), so it runs
// before tsx, Next or any dependency is loaded: on Node 20 those would otherwise start and fail later with errors
// that do not say why (pg-boss 12 and vitest 5 need Node 22.12+, ESLint 10 needs 22.13+). `node
// scripts/require-supported-node.cjs` runs the same check on its own (exit 1 when refused).
// Plain CommonJS in ES5 syntax, so that it parses and prints its message on any Node old enough to need it.
// Keep SUPPORTED_RANGE equal to `engines.node` in package.json (a test checks).
"use strict";

var SUPPORTED_RANGE = "^22.13.0 || ^24.0.0";
var TESTED_MAJORS = [22, 24];
var OLDEST = { major: 22, minor: 13 };

/**
 * What to do on Node `version` (e.g. "20.20.2"): `refusal` is set below the oldest supported version, `warning` on
 * a newer major than the tested lines (it may work; npm warns about the engines range too), neither when supported.
 */
function checkNodeVersion(version) {
  var parts = String(version).replace(/^v/, "").split(".");
  var major = Number(parts[0]);
  var minor = Number(parts[1]);
  if (major < OLDEST.major || (major === OLDEST.major && minor < OLDEST.minor)) {
    return {
      refusal:
        "PyGrade needs Node.js 22 (22.13 or later) or 24, the maintained LTS lines; this is Node " +
        version +
        ". Install Node.js 24 LTS (https://nodejs.org/en/download) and run the command again.",
    };
  }
  if (TESTED_MAJORS.indexOf(major) === -1) {
    return {
      warning:
        "PyGrade is tested on Node.js 22 and 24 (maintained LTS); this is Node " +
        version +
        ", which may work but is untested.",
    };
  }
  return {};
}

module.exports = { SUPPORTED_RANGE: SUPPORTED_RANGE, checkNodeVersion: checkNodeVersion };

var verdict = checkNodeVersion(process.versions.node);
if (verdict.refusal) {
  process.stderr.write(verdict.refusal + "\n");
  process.exit(1);
}
if (verdict.warning) process.stderr.write(verdict.warning + "\n");
