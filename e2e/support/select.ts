import type { Locator, Page } from 'playwright-core';

/**
 * Picks an option of an antd Select or TreeSelect in `scope` (a form, drawer or page). Searchable
 * pickers get `search` typed first (the option's own text by default; false for short lists that
 * do not search). On a loaded machine a click can land while the list is still opening and be lost,
 * so the choice must show in the field, or the list is opened and the option picked again.
 * A multiple choice keeps its list open: Escape closes it (a single Select has closed already, and
 * Escape would close the dialog around it).
 */
export async function choose(page: Page, scope: Locator | Page, label: string, option: string, { search = option as string | false, multiple = false } = {}) {
  const field = scope.getByLabel(label, { exact: true });
  // A single choice shows in `-content-has-value`; the bare `-content` also holds the placeholder, which may read like an option.
  const chosen = scope.locator('.ant-select-content-has-value, .ant-select-selection-item').filter({ hasText: option }).first();
  for (let attempt = 1; ; attempt += 1) {
    await field.click();
    if (search !== false) await field.fill(search);
    await page.locator('.ant-select-dropdown:visible').locator('.ant-select-item-option, .ant-select-tree-treenode').filter({ hasText: option }).first().click();
    if (multiple) await page.keyboard.press('Escape');
    const shown = await chosen.waitFor({ timeout: attempt < 3 ? 5_000 : 30_000 }).then(
      () => true,
      (error: unknown) => {
        if (attempt >= 3) throw error;
        return false;
      },
    );
    if (shown) return;
  }
}
