// `npm run grader:protocol`: writes grader/protocol.json, the part of the grading protocol the Python grader reads
// (sandbox limit defaults and ranges, the default score, the watchdog margin, the job fields), from its one
// definition in src/lib/grading-protocol.ts. tests/grader/protocol.test.ts fails when the checked-in file drifts.
import fs from "node:fs";
import { fileURLToPath } from "node:url";

import { protocolForPython } from "@/lib/grading-protocol";

const target = fileURLToPath(new URL("../grader/protocol.json", import.meta.url));
fs.writeFileSync(target, `${JSON.stringify(protocolForPython(), null, 2)}\n`);
console.log("wrote grader/protocol.json");
