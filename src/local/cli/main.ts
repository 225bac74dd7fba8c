// Entry of `npm run --silent cli -- <command>`: the CLI on the real console and clock.
import { runCli } from './cli';

process.exitCode = runCli(process.argv.slice(2), {
  io: {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  },
  now: () => Date.now(),
});
