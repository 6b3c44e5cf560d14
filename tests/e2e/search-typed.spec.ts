// Issue 19's reproductions, as she types them, with JavaScript (search on the phone) and
// without (the form posts to the server, which answers with the same engine and ranking).
import { expect, test, type Page } from '@playwright/test';

interface Case {
  path: string;
  query?: string;
  postcode?: string;
  /** The first result's id, when the issue names it. */
  first?: string;
  /** The council area the postcode gives. */
  area?: string;
  /** Ids that must not come first. */
  notFirst?: string;
}

const CASES: Record<string, Case> = {
  'Chinese written without spaces (Glasgow + housing)': { path: '/zh/find/', query: '格拉斯哥住房' },
  'Chinese: the hospital of Glasgow': { path: '/zh/find/', query: '格拉斯哥的医院' },
  'Arabic with tatweel': { path: '/ar/find/', query: 'ســكن' },
  '"romanian" (the languages field)': { path: '/find/', query: 'romanian' },
  '"refuge" means a safe place, not the Refugee Council': { path: '/find/', query: 'refuge', notFirst: 'scottish-refugee-council-helpline' },
  '"tonight"': { path: '/find/', query: 'tonight' },
  '"doctor": NHS 24 first': { path: '/find/', query: 'doctor', first: 'nhs-24' },
  '"طبيب" on the Arabic page: NHS 24 first': { path: '/ar/find/', query: 'طبيب', first: 'nhs-24' },
  'a full-width postcode from a Chinese keyboard': { path: '/find/', postcode: 'ＥＨ６ ５ＡＡ', area: 'city-of-edinburgh' },
  'a full-width district': { path: '/find/', postcode: 'Ｇ１', area: 'glasgow-city' },
  'letter O for zero': { path: '/find/', postcode: 'G2 OQT', area: 'glasgow-city' },
};

const cards = (page: Page) => page.locator('.find-results [data-service]');

async function search(page: Page, c: Case, js: boolean) {
  await page.goto(c.path);
  if (c.query) await page.locator('#find-q').fill(c.query);
  if (c.postcode) {
    await page.locator('[data-postcode] summary').click();
    await page.locator('#postcode').fill(c.postcode);
    await page.locator('[data-postcode-button]').click();
  } else {
    await page.locator('#find-q').press('Enter');
  }
  if (!js) await page.waitForLoadState('domcontentloaded');
}

for (const js of [true, false]) {
  test.describe(`typed as she types, JavaScript ${js ? 'on' : 'off'} (issue 19)`, () => {
    test.use({ javaScriptEnabled: js });
    for (const [name, c] of Object.entries(CASES)) {
      test(name, async ({ page }) => {
        await search(page, c, js);
        if (c.area) {
          await expect(page.locator('#find-area')).toHaveValue(c.area);
          // The answer sits by the box; the filters stay folded (issue 19).
          await expect(page.locator('[data-postcode-answer]')).toBeVisible();
          await expect(page.locator('[data-find-filters]')).not.toHaveAttribute('open');
          if (js) await expect(page.locator('[data-postcode-answer]')).toBeFocused();
        }
        await expect(cards(page).first()).toBeVisible();
        const first = cards(page).first();
        if (c.first) await expect(first).toHaveAttribute('data-service', c.first);
        if (c.first) await expect(first.locator('a.phone').first()).toBeVisible();
        if (c.notFirst) await expect(first).not.toHaveAttribute('data-service', c.notFirst);
        // Her words never enter the address (and so the History list).
        expect(page.url()).not.toContain('?');
      });
    }
  });
}
