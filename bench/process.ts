import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface ProcessRun {
  readonly wallMs: number;
  /** User + system CPU time of the process and the children it waited for (GNU time), if /usr/bin/time exists. */
  readonly cpuMs: number | undefined;
  /** Highest sum of resident memory over the process and all its descendants, sampled. */
  readonly peakTreeBytes: number;
  /** Highest resident memory of any one process in the tree: Node's, in a build. */
  readonly peakRootBytes: number;
  readonly output: string;
}

const SAMPLE_EVERY_MS = 20;
const GNU_TIME = "/usr/bin/time";

/**
 * Run a command to completion, timing it and sampling the resident memory of
 * its whole process tree every 20 ms. Node's own figures (and GNU time's
 * maxrss) see one process at a time; Pagefind's indexer is a child process,
 * so only a sum over the tree shows what the build needs of the machine.
 */
export async function runMeasured(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<ProcessRun> {
  // CPU time does not grow when other work shares the machine, as wall time does.
  const timeFile = existsSync(GNU_TIME) ? path.join(tmpdir(), `sn-bench-time-${process.pid}`) : undefined;
  const started = performance.now();
  const child = timeFile
    ? spawn(GNU_TIME, ["-f", "%U %S", "-o", timeFile, command, ...args], { env, stdio: ["ignore", "pipe", "pipe"] })
    : spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let peakTree = 0;
  let peakRoot = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    let total = 0;
    for (const pid of processTree(child.pid)) {
      const bytes = residentBytes(pid);
      total += bytes;
      peakRoot = Math.max(peakRoot, bytes);
    }
    peakTree = Math.max(peakTree, total);
  };
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (exitCode) => resolve(exitCode));
  });
  const wallMs = performance.now() - started;
  clearInterval(timer);
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${code}:\n${output.slice(-4000)}`);
  let cpuMs: number | undefined;
  if (timeFile) {
    const [user = NaN, system = NaN] = readFileSync(timeFile, "utf8").trim().split("\n").at(-1)?.split(" ").map(Number) ?? [];
    rmSync(timeFile, { force: true });
    if (Number.isFinite(user + system)) cpuMs = (user + system) * 1000;
  }
  return { wallMs, cpuMs, peakTreeBytes: peakTree, peakRootBytes: peakRoot, output };
}

/** The pid and every descendant, from /proc/<pid>/task/<tid>/children (Linux). */
export function processTree(root: number): number[] {
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    found.push(pid);
    let threads: string[] = [];
    try {
      threads = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    // A child belongs to the thread that spawned it, which need not be the main one.
    for (const thread of threads) {
      let children = "";
      try {
        children = readFileSync(`/proc/${pid}/task/${thread}/children`, "utf8");
      } catch {
        continue;
      }
      for (const child of children.trim().split(/\s+/)) if (child) queue.push(Number(child));
    }
  }
  return found;
}

/** VmRSS of one process, 0 once it has gone. */
export function residentBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}
