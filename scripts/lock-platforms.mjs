// The npm registry reachable from our build machines serves only the linux builds of some packages' platform
// binaries, so `npm install` leaves the other platforms' optional packages out of package-lock.json and
// `npm ci` then refuses the lock as out of sync. This adds the missing entries back as optional, platform-
// tagged packages (npm ci skips them on other platforms without fetching). Run after `npm install`:
//   node scripts/lock-platforms.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const pkgs = lock.packages;

// Parses names like "@rollup/rollup-linux-arm64-musl" or "@biomejs/cli-win32-x64" into os, cpu and libc.
function platformOf(name) {
  const m =
    /-(android|darwin|freebsd|linux|openbsd|openharmony|win32)-([a-z0-9]+)(?:-(gnu|musl|gnueabihf|musleabihf|eabi|msvc))?$/.exec(
      name,
    );
  if (!m) return null;
  const [, os, cpu, abi] = m;
  const entry = { os: [os], cpu: [cpu] };
  if (os === 'linux') entry.libc = [abi?.startsWith('musl') ? 'musl' : 'glibc'];
  return entry;
}

let added = 0;
for (const [path, meta] of Object.entries(pkgs)) {
  for (const [dep, range] of Object.entries(meta.optionalDependencies ?? {})) {
    const depPath = `${path ? `${path}/` : ''}node_modules/${dep}`;
    if (pkgs[depPath] || pkgs[`node_modules/${dep}`]) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    pkgs[depPath] = { version: range.replace(/^[\^~=]/, ''), dev: meta.dev ?? undefined, optional: true, ...platform };
    added++;
  }
}
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platforms: added ${added} platform entries`);
