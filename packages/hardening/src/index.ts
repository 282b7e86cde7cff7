import { LiveSuiteOptions, runLiveSuite } from './liveSuite';
import { printSummary } from './summary';
import { entityTabThroughput } from './benchmarks/entityTabThroughput';

const USAGE = `Usage: hardening [--report-dir DIR] [--users N] [--seconds N] [--think-ms N]
       hardening summary --reports DIR [--jest FILE]
       hardening throughput [--seconds 15] [--connections 50] [--rounds 5]

Starts the real backend (packages/backend) on SQLite and on a throwaway
PostgreSQL cluster, and proves it under faults, hostile input, two backends,
auth attacks and load. Writes DIR/live.json and exits 1 on any failure.
"summary" prints the table of every report in DIR plus jest's tagged tests.
"throughput" compares the entity tab's requests/s with the catalog's entity read
on one backend with the KubeCon 2026 config.`;

function parseOptions(args: string[]): LiveSuiteOptions {
  const options: LiveSuiteOptions = { users: 200, seconds: 60, thinkMs: 100 };
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
    if (flag === '--report-dir') options.reportDir = value;
    else if (flag === '--users') options.users = positive(flag, value);
    else if (flag === '--seconds') options.seconds = positive(flag, value);
    else if (flag === '--think-ms') options.thinkMs = Number(value);
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  return options;
}

function parseThroughputOptions(args: string[]) {
  const options = { seconds: 15, connections: 50, rounds: 5 };
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
    if (flag === '--seconds') options.seconds = positive(flag, value);
    else if (flag === '--connections')
      options.connections = positive(flag, value);
    else if (flag === '--rounds') options.rounds = positive(flag, value);
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  return options;
}

function positive(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) {
    throw new Error(`${flag} must be an integer from 1 to 10000, got ${value}`);
  }
  return n;
}

export async function main(args: string[]): Promise<number> {
  if (args[0] === 'summary') return printSummary(args.slice(1));
  if (args[0] === 'throughput') {
    return entityTabThroughput(parseThroughputOptions(args.slice(1)));
  }
  if (args.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  return runLiveSuite(parseOptions(args));
}
