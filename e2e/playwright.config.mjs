// Playwright settings: Debian's Chromium, offline flags, and the loopback server for the release build.
import { defineConfig } from '@playwright/test';

export const WIDGET_PORT = 8081;
/** The release build with the test-only hooks (`make build-test`, src/test_hooks.rs). */
export const TEST_BUILD_ORIGIN = 'http://127.0.0.1:8083';
/** Host pages live on another origin (other host name and port) than the widget. */
export const HOST_ORIGIN = 'http://localhost:8082';

export default defineConfig({
  testDir: './specs',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A `test.only` left in a spec would silently skip every other test.
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${WIDGET_PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
        '--no-sandbox',
      ],
    },
  },
  webServer: [
    {
      command: `node server.mjs --root ../dist --port ${WIDGET_PORT} --csp`,
      url: `http://127.0.0.1:${WIDGET_PORT}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: 'node server.mjs --root ../target/dist-test --port 8083 --csp',
      url: `${TEST_BUILD_ORIGIN}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: 'node server.mjs --root host-pages --port 8082',
      url: `${HOST_ORIGIN}/embed.html`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
