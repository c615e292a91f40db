// A process that takes the data-folder lock and holds it until killed (tests of the lock and the CLI).
import { lockDataDir } from "../../src/db/data-dir-lock.js";

await lockDataDir(process.argv[2]!);
process.stdout.write("locked\n");
setInterval(() => {}, 60_000);
