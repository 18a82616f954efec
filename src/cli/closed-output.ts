// What burnplan does when its output is closed: `burnplan … | head -1` has read enough, so it
// ends quietly; but an apply under way goes on without output (a closed terminal or pipe must
// never leave a burn half done), and its summary is simply lost.
let keepRunning = false;

export function keepRunningWithoutOutput(): void {
  keepRunning = true;
}

export function watchClosedOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (keepRunning) return;
      if (error.code === 'EPIPE' || error.code === 'EIO') process.exit(process.exitCode ?? 0);
    });
  }
}
