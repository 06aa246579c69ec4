import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Write every (relative path → text) entry under `dir`. */
export function writeFiles(dir: string, files: Map<string, string>): void {
  for (const [name, text] of files) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}
