/** See cli.mjs: the values `parse` returns, after --help and option errors have been answered. */
export function cliArgs<T extends { values: { help?: boolean | undefined } }>(
  usage: string,
  parse: () => T,
): T['values'];
