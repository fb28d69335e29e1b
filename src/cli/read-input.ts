// Reads a workflow argument: a file path, or `-` for standard input.
import { readFile } from 'node:fs/promises';

export async function readWorkflowInput(source: string): Promise<string> {
  if (source === '-') return readStdin();
  return readFile(source, 'utf8');
}

/** All of standard input as text (also how secrets are read: never from arguments). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/**
 * Reads the workflow argument, or reports an unreadable file the way invalid input is reported
 * (JSON on stdout, exit code 2) and returns undefined.
 */
export async function readWorkflowOrReport(source: string): Promise<string | undefined> {
  try {
    return await readWorkflowInput(source);
  } catch (err) {
    printJson({
      success: false,
      error: {
        type: 'invalidRequestPayload',
        message: `cannot read ${source}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`,
      },
    });
    process.exitCode = 2;
    return undefined;
  }
}
