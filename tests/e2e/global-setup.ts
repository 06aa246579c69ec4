import { assertReady, BROWSERS } from './harness.ts';

// Before any suite: a missing browser or build stops the run with the command that fixes it.
export default function setup(): void {
  for (const name of BROWSERS) assertReady(name);
}
