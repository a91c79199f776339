import type { Page } from '@playwright/test';

/** Long tasks on the page's main thread from now on (durations in ms), read back with the function returned. */
export async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const seen: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(Math.round(entry.duration));
    });
    observer.observe({ type: 'longtask', buffered: false });
    Object.assign(window, { __longTasks: { seen, observer } });
  });
  return () =>
    page.evaluate(() => {
      const watch = (window as unknown as { __longTasks: { seen: number[]; observer: PerformanceObserver } })
        .__longTasks;
      // Entries recorded but not yet handed to the callback (it runs a moment later) count too.
      for (const entry of watch.observer.takeRecords()) watch.seen.push(Math.round(entry.duration));
      watch.observer.disconnect();
      return watch.seen;
    });
}
