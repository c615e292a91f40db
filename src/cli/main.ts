import { runCli } from "./run-cli.js";

// Backups and the embedded database's files hold personal data: nothing this process creates is
// readable by other users, whatever umask the shell had (the image sets 077 too).
process.umask(0o077);

runCli(process.argv.slice(2), { env: process.env, io: { out: (l) => console.log(l), err: (l) => console.error(l) } })
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
