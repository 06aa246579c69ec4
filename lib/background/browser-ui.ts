import type { PackStore } from './pack-store.ts';

// Context menu and keyboard commands (issue #5, #6).
export function registerBrowserUi(_store: PackStore): void {}
