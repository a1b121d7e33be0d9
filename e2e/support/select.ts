import type { Locator, Page } from 'playwright-core';

/**
 * Picks an option of an antd Select or TreeSelect in `scope` (a form, drawer or page). Searchable
 * pickers get `search` typed first (the option's own text by default; false for short lists that
 * do not search). On a loaded machine a click can land while the list is still opening and be lost,
 * or the list can close under it: the option is clicked once the list has finished opening, and the
 * choice must show in the field, or the list is opened and the option picked again.
 * A multiple choice keeps its list open: Escape closes it (a single Select has closed already, and
 * Escape would close the dialog around it).
 */
export async function choose(page: Page, scope: Locator | Page, label: string, option: string, { search = option as string | false, multiple = false } = {}) {
  const field = scope.getByLabel(label, { exact: true });
  // A single choice shows in `-content-has-value`; the bare `-content` also holds the placeholder, which may read like an option.
  const chosen = scope.locator('.ant-select-content-has-value, .ant-select-selection-item').filter({ hasText: option }).first();
  // A list that opens or closes carries antd's motion classes (`ant-slide-up-enter`, `-leave` …) until it stands still.
  const list = page.locator('.ant-select-dropdown:visible:not([class*="-enter"]):not([class*="-appear"]):not([class*="-leave"])');
  for (let attempt = 1; ; attempt += 1) {
    const last = attempt >= ATTEMPTS;
    // Early attempts give up after 5 s and start over; the last one waits as long as any step.
    const retry = (error: unknown) => {
      if (last) throw error;
      return false;
    };
    const timeout = last ? 30_000 : 5_000;
    await field.click();
    if (search !== false) await field.fill(search);
    const picked = await list
      .locator('.ant-select-item-option, .ant-select-tree-treenode')
      .filter({ hasText: option })
      .first()
      .click({ timeout })
      .then(() => true, retry);
    if (!picked) continue;
    if (multiple) await page.keyboard.press('Escape');
    if (await chosen.waitFor({ timeout }).then(() => true, retry)) return;
  }
}

const ATTEMPTS = 4;
