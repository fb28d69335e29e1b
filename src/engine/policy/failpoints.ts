// Fault injection for crash tests: LINKWRIGHT_FAILPOINT names moments at which the process kills itself
// (SIGKILL, no cleanup), exactly as a crash or `kill -9` would. Unset in normal use; tests set it for
// one run and run again without it. Names: `journal.planned`, `journal.attempted`, `journal.verified`,
// `journal.outcome`, `effect.done` (an action reports its click landed), optionally scoped to an action
// type: `journal.attempted@st.sendConnectionRequest`, and to an account too:
// `effect.done@st.sendConnectionRequest:fleet-00` (a worker process serving many accounts dies only on
// that one's). Several names: comma-separated.

function armed(env: NodeJS.ProcessEnv = process.env): string[] {
  const v = env.LINKWRIGHT_FAILPOINT;
  return v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0)
    : [];
}

/** Kills the whole process group when it leads one (browser included), else just this process. */
function die(): never {
  try {
    process.kill(-process.pid, 'SIGKILL');
  } catch {
    // Not a group leader: no group with our pid.
  }
  process.kill(process.pid, 'SIGKILL');
  // SIGKILL cannot be caught; this line is never reached.
  throw new Error('unreachable');
}

export function failpoint(name: string, actionType?: string, account?: string): void {
  const points = armed();
  if (points.length === 0) return;
  if (
    points.includes(name) ||
    (actionType !== undefined &&
      (points.includes(`${name}@${actionType}`) ||
        (account !== undefined && points.includes(`${name}@${actionType}:${account}`))))
  )
    die();
}
