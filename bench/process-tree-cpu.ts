// CPU time of this process and every process it started (the render child, MuPDF), in ms, from
// /proc (Linux). Wall-clock means little on a shared machine; CPU time is what the work costs.
// Live descendants are read directly; children that already exited are in this process's
// cutime/cstime (their whole life, so a child started before a measured span and reaped inside it
// counts in full: an upper bound).
import { readdirSync, readFileSync } from "node:fs";

const TICK_MS = 10; // USER_HZ is 100 on Linux.

type Stat = { pid: number; ppid: number; utime: number; stime: number; cutime: number; cstime: number };

function readStat(pid: number | "self"): Stat | null {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may hold spaces; fields follow the last ')'.
    const f = raw.slice(raw.lastIndexOf(")") + 2).split(" ");
    return {
      pid: Number(raw.slice(0, raw.indexOf(" "))),
      ppid: Number(f[1]),
      utime: Number(f[11]),
      stime: Number(f[12]),
      cutime: Number(f[13]),
      cstime: Number(f[14]),
    };
  } catch {
    return null;
  }
}

function descendants(root: number): Stat[] {
  const all = readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => readStat(Number(d)) ?? []);
  const out: Stat[] = [];
  const parents = new Set([root]);
  // Children appear after their parent in pid order except on pid wrap; iterate until stable.
  for (let grew = true; grew;) {
    grew = false;
    for (const s of all) if (parents.has(s.ppid) && !parents.has(s.pid)) (parents.add(s.pid), out.push(s), (grew = true));
  }
  return out;
}

/** Milliseconds of CPU used so far by this process and its descendants (live and reaped). */
export function processTreeCpuMs(): number {
  const self = readStat("self");
  if (!self) return 0;
  const ticks =
    self.utime +
    self.stime +
    self.cutime +
    self.cstime +
    descendants(self.pid).reduce((n, s) => n + s.utime + s.stime + s.cutime + s.cstime, 0);
  return ticks * TICK_MS;
}

/** Milliseconds of CPU one live process has used so far (0 once it is gone). */
export function processCpuMs(pid: number): number {
  const s = readStat(pid);
  return s ? (s.utime + s.stime) * TICK_MS : 0;
}
