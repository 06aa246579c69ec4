// The only place that touches a page. Owned by the highlighting issue (#4).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export async function runContentScript(_ctx: ContentScriptContext): Promise<void> {}
