// `npm start` (wxt dev) opens the browser on a demo news page; this serves it for the dev session's lifetime.
import { resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import { startDemoServer } from '../scripts/demo-server.ts';

export default defineWxtModule({
  name: 'demo-page',
  setup(wxt) {
    if (wxt.config.command !== 'serve') return;
    wxt.hook('server:started', async () => {
      const server = await startDemoServer(resolve(wxt.config.root, 'seeds'));
      wxt.hook('server:closed', () => void server.close());
    });
  },
});
