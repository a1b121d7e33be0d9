import type { Locator, Page } from 'playwright-core';

/**
 * The page's last dialog, once it has finished opening. antd zooms a modal in (`ant-zoom-appear`
 * …); on a loaded machine a click on its confirm button during that animation was lost, and the
 * journey waited for a dialog that never closed.
 */
export async function openedDialog(page: Page): Promise<Locator> {
  const dialog = page.getByRole('dialog').last();
  await dialog.and(page.locator('[role="dialog"]:not([class*="-appear"]):not([class*="-enter"])')).waitFor();
  return dialog;
}
