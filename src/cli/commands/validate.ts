// `linkwright validate <file|->`: checks a workflow without opening a browser (exit 0 valid, 2 invalid).
import type { Command } from 'commander';
import { parseWorkflowText } from '../../workflow/validate.ts';
import { printJson, readWorkflowOrReport } from '../read-input.ts';
import { IMPLEMENTED_ACTIONS } from '../../actions/index.ts';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('validate a workflow (file or - for stdin); never opens a browser')
    .argument('<file>', 'workflow JSON file, or - for standard input')
    .action(async (file: string) => {
      const text = await readWorkflowOrReport(file);
      if (text === undefined) return;
      const result = parseWorkflowText(text, { implemented: IMPLEMENTED_ACTIONS });
      if (result.ok) {
        printJson({ success: true });
      } else {
        printJson({ success: false, error: result.error });
        process.exitCode = 2;
      }
    });
}
