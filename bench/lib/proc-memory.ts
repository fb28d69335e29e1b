// Memory of a process tree from /proc (Linux): every descendant of a pid (Chromium's browser, renderer,
// GPU, zygote and utility processes are all children of the Node process that launched them). The
// reading itself is the worker's (src/system/process-memory.ts, behind the warm sessions' memory cap),
// so the bench and the cap measure the same thing.
import { processTree } from '../../src/system/process-info.ts';

export { treeMemory, type TreeMemory } from '../../src/system/process-memory.ts';

export function descendants(root: number): number[] {
  return processTree(root).slice(1);
}
