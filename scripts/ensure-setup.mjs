#!/usr/bin/env node
// Makes a fresh clone ready to run: installs npm dependencies when they are missing or older than
// the lock file, and Debian's Chromium when the browser tests or the demo need it and it is absent.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const chromium = process.env.PATHLIGHT_CHROMIUM ?? '/usr/bin/chromium';
const needsBrowser = !process.argv.includes('--no-browser');

function run(command, args) {
  console.log(`setup: ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
}

const marker = path.join(root, 'node_modules', '.package-lock.json');
const lock = path.join(root, 'package-lock.json');
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

if (needsBrowser && !existsSync(chromium)) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `setup: Chromium is missing at ${chromium} [chromium_missing]. Install Debian's package ` +
        '(sudo apt-get install -y chromium) or set PATHLIGHT_CHROMIUM to a Chromium binary.',
    );
    process.exit(1);
  }
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium']);
}
