import { runCli } from "./run-cli.js";

runCli(process.argv.slice(2), { env: process.env, io: { out: (l) => console.log(l), err: (l) => console.error(l) } })
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
