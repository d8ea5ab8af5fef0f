// What every page test shares: the page must log no errors, and (with a URL) opens ready.
import { expect } from '@playwright/test';

/** Registers the hooks on `test`: collect page and console errors, open `url` (when given) and
 * wait until the module is loaded, and after each test insist that nothing was logged. */
export function watchPage(test, url) {
  test.beforeEach(async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.errors = errors;
    if (url) {
      await page.goto(url);
      await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
    }
  });
  test.afterEach(async ({ page }) => {
    expect(page.errors, 'no page errors or console errors').toEqual([]);
  });
}
