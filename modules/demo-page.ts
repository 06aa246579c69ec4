// `npm start` (wxt dev) opens the browser on a demo news page; this serves it for the dev session's lifetime.
// With BG_CORPUS the page shows the first articles of its first folder.
import { defineWxtModule } from 'wxt/modules';
import { corpusFolders } from '../lib/corpus/folder.ts';
import { startDemoServer } from '../scripts/demo-server.ts';

export default defineWxtModule({
  name: 'demo-page',
  setup(wxt) {
    if (wxt.config.command !== 'serve') return;
    wxt.hook('server:started', async () => {
      const server = await startDemoServer(corpusFolders(wxt.config.root)[0] as string);
      wxt.hook('server:closed', () => void server.close());
    });
  },
});
