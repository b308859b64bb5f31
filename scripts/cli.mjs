// How every script of the project reads its command line (see scripts/cli.d.mts for the types).

/**
 * Runs `parse` (the script's own `parseArgs` call, which declares `help`) and returns the values, the way every
 * script answers: `--help` prints the usage and exits 0; an unknown or malformed option prints what went wrong and
 * the usage, and exits 2, instead of a stack trace or a run with the option ignored.
 */
export function cliArgs(usage, parse) {
  let parsed;
  try {
    parsed = parse();
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n\n${usage}`);
    process.exit(2);
  }
  if (parsed.values.help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed.values;
}
