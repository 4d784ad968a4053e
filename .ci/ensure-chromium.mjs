// Makes sure a system Chromium exists for the browser tests. On Debian/Ubuntu as root it installs
// apt's `chromium` (tools must never download their own browser here); anywhere else it explains
// what is needed and fails.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';

export function ensureChromium() {
  const path = chromiumPath();
  if (existsSync(path)) return path;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    throw new Error(
      `No Chromium found (looked for ${path}). Install one (Debian/Ubuntu: "sudo apt-get install -y chromium") ` +
        'or point CHROMIUM_PATH at a Chromium or Chrome executable, then run the tests again.',
    );
  }
  console.log('Installing Chromium with apt-get (about 20 s)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (!existsSync(chromiumPath())) throw new Error('apt-get installed chromium but no executable was found.');
  return chromiumPath();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Chromium: ${ensureChromium()}`);
}
