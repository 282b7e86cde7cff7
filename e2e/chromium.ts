import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium, as every Playwright run here launches it: Playwright's own
 * browser download does not work on our machines.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
