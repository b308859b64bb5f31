// Peak memory of a browser's renderer processes, read from Linux's /proc: the page and its Web Workers (the import
// runs in one) live in the page's renderer process, so its peak resident set is an upper bound of their JS heaps,
// which Chromium does not report for a worker (`performance.memory` is the page's only).
import { readdirSync, readFileSync } from 'node:fs';

const read = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // the process has exited
  }
};

function processes() {
  const out = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    const stat = read(`/proc/${pid}/stat`);
    const cmd = read(`/proc/${pid}/cmdline`);
    if (!stat || cmd === null) continue;
    const ppid = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
    out.push({ pid, ppid, cmd: cmd.split('\0').join(' ') });
  }
  return out;
}

/** Peak resident set (VmHWM, MB) of each renderer process of the browser started with `profileDir`. */
export function rendererPeaksMB(profileDir) {
  const all = processes();
  const browser = all.find((p) => p.cmd.includes(`--user-data-dir=${profileDir}`) && !p.cmd.includes('--type='));
  if (!browser) return [];
  const children = new Map();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const peaks = [];
  const walk = (pid) => {
    for (const c of children.get(pid) ?? []) {
      if (c.cmd.includes('--type=renderer')) {
        const kb = /VmHWM:\s+(\d+) kB/.exec(read(`/proc/${c.pid}/status`) ?? '')?.[1];
        if (kb) peaks.push(Number(kb) / 1024);
      }
      walk(c.pid);
    }
  };
  walk(browser.pid);
  return peaks;
}
