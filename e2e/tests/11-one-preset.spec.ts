import { expect, test } from '@playwright/test';
import { freePort, NodeProcess, SERVER_CLI, waitForHttp } from '../support/server.js';
import { closeAll, openTabs, type Tab } from '../support/tabs.js';
import { baseUrl } from '../support/timing.js';

test("11: a tab takes the network's preset from its server, and one asked for that differs is refused on the page", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const port = await freePort();
  const fabric = new NodeProcess(SERVER_CLI, [
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--preset',
    'fabric',
  ]);
  fabric.start();
  const tabs: Tab[] = [];
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`);
    tabs.push(...(await openTabs(browser, `http://127.0.0.1:${port}/?channel=F`, 1)));
    const onFabric = (tabs[0] as Tab).page;
    await expect(onFabric.locator('[data-testid=preset]')).toHaveAttribute('data-preset', 'fabric');
    await expect(onFabric.locator('[data-testid=param-warning]')).toHaveCount(0);

    tabs.push(...(await openTabs(browser, `${baseUrl()}/?channel=F&preset=fabric`, 1, 2)));
    const asked = (tabs[1] as Tab).page;
    await expect(asked.locator('[data-testid=preset]')).toHaveAttribute('data-preset', 'webgossip');
    await expect(asked.locator('[data-testid=param-warning]')).toHaveText([
      "preset fabric differs from this network's preset webgossip (the bootstrap server runs --preset webgossip); " +
        'peers of one network must share timings, or they take each other for dead: webgossip used',
    ]);
  } finally {
    await closeAll(tabs);
    await fabric.kill('SIGTERM');
  }
});
