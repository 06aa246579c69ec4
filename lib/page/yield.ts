// Giving the main thread back between slices of work, so a long scan never becomes a long task.

type Scheduler = { yield?: () => Promise<void> };

/** Resolves in a new task: scheduler.yield() where the browser has it (it keeps our place in line), else a message. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // A MessageChannel task runs as soon as the browser is free, without setTimeout's 4 ms clamp when nested.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
