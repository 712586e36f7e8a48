import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, freePort, REPO_ROOT, SERVER_CLI } from './support/server.js';

// The runner and its workers both load this file: the port picked first is
// passed on through the environment so that every process agrees on it.
const port = Number(process.env.WEBGOSSIP_E2E_PORT ?? (await freePort()));
process.env.WEBGOSSIP_E2E_PORT = String(port);

export default defineConfig({
  testDir: './tests',
  outputDir: '../test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    screenshot: 'only-on-failure',
    viewport: { width: 1600, height: 1000 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node ${SERVER_CLI} --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    cwd: REPO_ROOT,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
