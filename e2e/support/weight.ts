import type { Page } from 'playwright-core';

export type PageWeight = { bytes: number; requests: number };

/**
 * Loads `path` with an empty cache and counts what crossed the network (headers and compressed
 * bodies, as Chromium's DevTools reports them) until the page has gone quiet.
 */
export async function measureColdLoad(page: Page, path: string, ready: (page: Page) => Promise<unknown>): Promise<PageWeight> {
  // Leave the previous page first: what it was still loading (a busy machine leaves it loading after
  // "network idle") is not the measured page's weight.
  await page.goto('about:blank');
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Network.enable');
  await devtools.send('Network.clearBrowserCache');
  await devtools.send('Network.setCacheDisabled', { cacheDisabled: true });
  const weight: PageWeight = { bytes: 0, requests: 0 };
  devtools.on('Network.loadingFinished', (event) => {
    weight.bytes += event.encodedDataLength;
    weight.requests += 1;
  });
  await page.goto(path);
  await ready(page);
  await page.waitForLoadState('networkidle');
  await devtools.detach();
  return weight;
}

export const kilobytes = (bytes: number) => Math.round(bytes / 1024);
