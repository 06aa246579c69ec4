import { spawn } from 'node:child_process';

/**
 * Run a TypeScript file in a fresh Node process (same Node binary, type stripping on), so its timing is not
 * disturbed by this process's heap or JIT state. The child prints one JSON object as its last stdout line.
 */
export function runChild<T>(
  root: string,
  script: string,
  args: string[],
  { timeoutMs = 300_000, env = {} as Record<string, string>, json = true } = {},
): Promise<{ result: T; wallMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', script, ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} ${args.join(' ')} timed out after ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      if (code !== 0) {
        // The thrown error's own line ("Error: …"), not the stack frames under it.
        const lines = (err.trim() || out.trim()).split('\n');
        const message = lines.find((l) => /^\w*(Error|Exception)\b/.test(l.trim())) ?? lines.slice(-1)[0] ?? '';
        reject(new Error(`${script} exited with ${code}: ${message.trim()}`));
        return;
      }
      const last = out.trim().split('\n').pop() ?? '';
      if (!json) {
        resolve({ result: undefined as T, wallMs });
        return;
      }
      try {
        resolve({ result: JSON.parse(last) as T, wallMs });
      } catch {
        reject(new Error(`${script} printed no JSON result: ${last.slice(0, 200)}`));
      }
    });
  });
}
