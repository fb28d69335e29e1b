// Which start path `bin/linkwright.js` takes, by the bin script's own rule (bin/start-path.js).
import { compiledCli } from '../../bin/start-path.js';

export function startPath(root: string): 'bundle' | 'dist' | 'tsx' {
  return compiledCli(root) ?? 'tsx';
}
