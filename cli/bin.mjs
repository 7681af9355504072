#!/usr/bin/env node
// Node 20 cannot run TypeScript by itself: register tsx's loader, then hand over to the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
