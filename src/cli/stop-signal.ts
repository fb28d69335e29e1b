// The signal that stops a long-running command (worker, serve): resolves with the first SIGINT or
// SIGTERM, once. Call it before starting anything that a signal must stop cleanly: until a listener
// exists, Node's default for SIGTERM kills the process at once.
export function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (sig: NodeJS.Signals): void => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(sig);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
