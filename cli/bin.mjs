#!/usr/bin/env node
// Node 20 cannot run TypeScript by itself: register tsx's loader, then hand over to the CLI.
import { register } from 'tsx/esm/api';

// A reader such as `| head` may close the pipe once it has read enough: stop quietly then, as
// other command-line tools do, instead of printing Node's stack trace for EPIPE.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
