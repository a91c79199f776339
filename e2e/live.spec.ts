import type { Browser } from '@playwright/test';
import { expect, test } from './test.ts';
import { DesignerPage } from './pages/designer-page.ts';
import { seriousViolations } from './axe.ts';
import { screenshot } from './screenshots.ts';

// A design review in a live session: one architect starts it on the open design, the others join
// from the room link in their own browsers (separate contexts: separate storage), and every edit
// reaches everyone within a second. Undo takes back only one's own edit.

/** Someone in a browser of their own, known by the name they sign notes with. */
async function person(browser: Browser, name?: string): Promise<DesignerPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  if (name)
    await context.addInitScript((reviewer) => localStorage.setItem('fastpath-designer.reviewer', reviewer), name);
  return new DesignerPage(await context.newPage());
}

/** Hana starts a live session on the lab and closes its dialog; Ana joins from the room link. */
async function hanaAndAna(browser: Browser): Promise<{ host: DesignerPage; ana: DesignerPage }> {
  const host = await person(browser, 'Hana Host');
  await host.openLab();
  await host.page.getByRole('button', { name: 'Live', exact: true }).click();
  const panel = host.page.getByRole('dialog', { name: 'Live session' });
  const link = await panel.getByRole('textbox', { name: 'Room link' }).inputValue();
  await panel.getByRole('button', { name: 'Close' }).click();
  const ana = await person(browser, 'Ana');
  await ana.page.goto(link);
  await expect(ana.page.getByRole('button', { name: 'Live · 2' })).toBeVisible();
  return { host, ana };
}

/** The error finding for a VM set aside after merging edits, in the Findings panel. */
const setAsideFinding = (designer: DesignerPage) =>
  designer.page
    .getByRole('region', { name: 'Findings' })
    .getByRole('listitem', { name: /^Error: Hub VM, renamed offline was set aside after merging edits/ });

async function rename(designer: DesignerPage, node: RegExp, name: string): Promise<void> {
  await designer.node(node).click();
  const field = designer.inspector.getByLabel('Name', { exact: true });
  await field.fill(name);
  await field.press('Enter');
}

test('three people edit one design live: each sees the others’ edits, and undo is one’s own', async ({ browser }) => {
  const host = await person(browser, 'Hana Host');
  await host.openLab();
  await host.page.getByRole('button', { name: 'Live', exact: true }).click();
  const panel = host.page.getByRole('dialog', { name: 'Live session' });
  await expect(panel).toContainText('Whoever opens this link joins the design');
  const link = await panel.getByRole('textbox', { name: 'Room link' }).inputValue();
  expect(link).toMatch(/\?live=[A-Za-z0-9_-]{22}$/);
  expect(await seriousViolations(host.page)).toEqual([]);

  // Two more join from the link, each with a browser of their own.
  const guests = [await person(browser, 'Ana'), await person(browser, 'Ben')];
  for (const guest of guests) {
    await guest.page.goto(link);
    await expect(guest.heading).toHaveText('Hub, spoke and remote VNet on one circuit (lab)');
    await expect(guest.flowEdges()).toHaveCount(6);
    await expect(guest.page.getByRole('button', { name: /^Live · \d$/ })).toBeVisible();
  }
  await expect(host.page.getByRole('button', { name: 'Live · 3' })).toBeVisible();
  await expect(host.page.getByRole('list', { name: 'People in the session' }).getByRole('listitem')).toHaveText([
    /Hana Host \(you\)/,
    /Ana|Ben/,
    /Ana|Ben/,
  ]);
  await host.page.getByRole('dialog', { name: 'Live session' }).getByRole('button', { name: 'Close' }).click();

  // Each sees the others' pointers, and what they selected, outlined in their colour.
  const hubVm = await host.centre(host.node(/^Hub VM/));
  await host.page.mouse.move(hubVm.x + 40, hubVm.y + 60);
  await host.page.mouse.move(hubVm.x + 60, hubVm.y + 80);
  for (const guest of guests) await expect(guest.page.getByRole('img', { name: 'Hana Host’s pointer' })).toBeVisible();
  await host.node(/^Hub VM/).click();
  for (const guest of guests) await expect(guest.page.getByTestId('live-selection')).toHaveCount(1);
  await expect(guests[0]!.page.getByTestId('live-selection')).toContainText('Hana Host');
  await screenshot(host.page, 'test-results/live-session-host.png');

  // An edit by the host reaches both guests; one by a guest reaches the host and the other guest.
  const [ana, ben] = guests as [DesignerPage, DesignerPage];
  await rename(host, /^Hub VM/, 'Hub app VM');
  for (const guest of guests) await expect(guest.node(/^Hub app VM/)).toBeVisible({ timeout: 1_000 });
  await rename(ana, /^Spoke VM/, 'Spoke web VM');
  for (const other of [host, ben]) await expect(other.node(/^Spoke web VM/)).toBeVisible({ timeout: 1_000 });

  // Two people edit two different nodes at once: both edits survive everywhere.
  await Promise.all([rename(host, /^Remote VM/, 'Remote DB VM'), rename(ben, /^Hub app VM/, 'Hub API VM')]);
  for (const each of [host, ana, ben]) {
    await expect(each.node(/^Remote DB VM/)).toBeVisible();
    await expect(each.node(/^Hub API VM/)).toBeVisible();
  }

  // The host's undo takes back the host's last edit only, never Ben's.
  await host.page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await host.page.keyboard.press('Control+z');
  for (const each of [host, ana, ben]) {
    await expect(each.node(/^Remote VM/)).toBeVisible();
    await expect(each.node(/^Hub API VM/)).toBeVisible();
  }
  await screenshot(ana.page, 'test-results/live-session-guest.png');

  // Notes written by two people at once both reach everyone, signed by their authors.
  for (const [who, text] of [
    [ana, 'Check the UDR on the hub'],
    [ben, 'The spoke wants ExpressRoute Direct'],
  ] as const) {
    await who.nodeById('spokevm').click();
    await who.inspector.getByLabel('Add a note on Spoke web VM').fill(text);
  }
  await Promise.all(
    [ana, ben].map((who) => who.inspector.getByLabel('Add a note on Spoke web VM').press('Control+Enter')),
  );
  for (const each of [host, ana, ben]) {
    const notes = each.page.getByRole('region', { name: /^Notes \d+$/ });
    await expect(notes.getByRole('article', { name: 'Note by Ana' })).toContainText('Check the UDR on the hub');
    await expect(notes.getByRole('article', { name: 'Note by Ben' })).toContainText('ExpressRoute Direct');
  }

  // Leaving keeps the design here, as this browser's own copy.
  await ben.page.getByRole('button', { name: /^Live · \d$/ }).click();
  await ben.page.getByRole('dialog', { name: 'Live session' }).getByRole('button', { name: 'Leave session' }).click();
  await expect(ben.page.getByRole('button', { name: 'Live', exact: true })).toBeVisible();
  await expect(ben.node(/^Hub API VM/)).toBeVisible();
  expect(ben.page.url()).not.toContain('live=');
  await expect(host.page.getByRole('button', { name: 'Live · 2' })).toBeVisible();

  for (const each of [host, ana, ben]) await each.page.context().close();
});

test('a person who goes offline keeps editing, their edits merge when they are back, and two edits of one name converge', async ({
  browser,
}) => {
  const { host, ana: guest } = await hanaAndAna(browser);

  await guest.page.context().setOffline(true);
  await expect(guest.page.getByRole('button', { name: /^Offline, reconnecting/ })).toBeVisible({ timeout: 15_000 });
  await rename(guest, /^Spoke VM/, 'Spoke VM, renamed offline');
  await rename(host, /^Hub VM/, 'Hub VM, renamed meanwhile');
  // Meanwhile both rename the same VM, each unaware of the other's name for it.
  await rename(guest, /^Remote VM/, 'Remote VM by Ana');
  await rename(host, /^Remote VM/, 'Remote VM by Hana');
  await expect(guest.node(/^Hub VM, renamed meanwhile/)).toHaveCount(0);
  await expect(host.node(/^Spoke VM, renamed offline/)).toHaveCount(0);

  await guest.page.context().setOffline(false);
  await expect(guest.page.getByRole('button', { name: 'Live · 2' })).toBeVisible({ timeout: 15_000 });
  for (const each of [host, guest]) {
    await expect(each.node(/^Spoke VM, renamed offline/)).toBeVisible();
    await expect(each.node(/^Hub VM, renamed meanwhile/)).toBeVisible();
  }

  // The two names of one VM: every client ends with the same one, one of the two typed.
  const names = async () =>
    Promise.all(
      [host, guest].map((each) =>
        each
          .nodeById('remotevm')
          .getByText(/^Remote VM by/)
          .textContent(),
      ),
    );
  await expect.poll(async () => new Set(await names()).size).toBe(1);
  expect((await names())[0]).toMatch(/^Remote VM by (Hana|Ana)$/);
  for (const each of [host, guest]) await each.page.context().close();
});

test('edits made offline survive a closed tab: opening the link again merges them, into the same local copy', async ({
  browser,
}) => {
  const { host, ana } = await hanaAndAna(browser);
  const link = ana.page.url();
  // How many designs Ana's browser keeps, from its Designs list.
  const designsKept = async (designer: DesignerPage) => {
    await designer.page.getByRole('button', { name: 'Designs', exact: true }).click();
    const saved = designer.page.getByRole('region', { name: 'Saved designs' });
    await expect(saved).toContainText(/\d+ designs?/);
    const count = (await saved.textContent())?.match(/(\d+) designs?/)?.[1];
    await designer.page.keyboard.press('Escape');
    return count;
  };
  const before = await designsKept(ana);
  // Her browser keeps the room's design only: not also the lab a first visit opens.
  expect(before).toBe('1');

  await ana.page.context().setOffline(true);
  await expect(ana.page.getByRole('button', { name: /^Offline, reconnecting/ })).toBeVisible({ timeout: 15_000 });
  await rename(ana, /^Spoke VM/, 'Spoke VM, renamed before closing');
  await expect(ana.node(/^Spoke VM, renamed before closing/)).toBeVisible();
  await ana.page.close();

  // Later, online again, Ana opens the link in a new tab: her edit reaches the room.
  await ana.page.context().setOffline(false);
  const again = new DesignerPage(await ana.page.context().newPage());
  await again.page.goto(link);
  await expect(again.page.getByRole('button', { name: 'Live · 2' })).toBeVisible({ timeout: 15_000 });
  for (const each of [host, again]) await expect(each.node(/^Spoke VM, renamed before closing/)).toBeVisible();
  // The same copy of the design as before, not a second one.
  expect(await designsKept(again)).toBe(before);

  for (const each of [host, again]) await each.page.context().close();
});

test('those in the session follow the presenter through the flows, see each other’s decisions, until they stop following', async ({
  browser,
}) => {
  const { host, ana } = await hanaAndAna(browser);

  // Hana presents: Ana's screen goes to present mode with her, and Hana sees who follows.
  await host.page.keyboard.press('p');
  const step = (designer: DesignerPage) =>
    designer.page.getByRole('region', { name: 'Presented flow' }).getByLabel('Step');
  await expect(ana.page.getByRole('region', { name: 'Presented flow' })).toBeVisible();
  await expect(ana.page.getByRole('status').filter({ hasText: 'Following Hana Host' })).toBeVisible();
  await expect(host.page.getByRole('status').filter({ hasText: 'Ana follows you' })).toBeVisible();

  await expect(step(host)).toHaveText('Overview');
  await expect(step(ana)).toHaveText('Overview');
  await host.page.keyboard.press('ArrowRight');
  await expect(step(host)).toHaveText('1 / 6');
  await host.page.keyboard.press('ArrowRight');
  await expect(step(host)).toHaveText('2 / 6');
  await expect(step(ana)).toHaveText('2 / 6');
  await screenshot(ana.page, 'test-results/live-following.png');

  // A decision Ana records on the flow shown reaches Hana's caption, signed by Ana.
  await ana.page.keyboard.press('a');
  const decision = (designer: DesignerPage) =>
    designer.page.getByRole('region', { name: 'Presented flow' }).getByTestId('decision');
  await expect(decision(ana)).toHaveAccessibleName(/^Accepted by Ana/);
  await expect(decision(host)).toHaveAccessibleName(/^Accepted by Ana/);
  await expect(step(ana)).toHaveText('2 / 6');

  // One click and Ana looks on her own; Hana's next step no longer moves her.
  await ana.page.getByRole('button', { name: 'Stop following' }).click();
  await expect(host.page.getByRole('status').filter({ hasText: 'follows you' })).toHaveCount(0);
  await host.page.keyboard.press('ArrowRight');
  await expect(step(host)).toHaveText('3 / 6');
  await expect(step(ana)).toHaveText('2 / 6');

  for (const each of [host, ana]) await each.page.context().close();
});

test('a deletion racing an edit leaves everyone working, with the broken part said until removed', async ({
  browser,
}) => {
  const { host, ana } = await hanaAndAna(browser);

  // Offline, Ana renames the hub's VM; meanwhile Hana deletes the hub VNet, and the VM with it.
  await ana.page.context().setOffline(true);
  await expect(ana.page.getByRole('button', { name: /^Offline, reconnecting/ })).toBeVisible({ timeout: 15_000 });
  await rename(ana, /^Hub VM/, 'Hub VM, renamed offline');
  await host.nodeById('hubvnet').click({ position: { x: 12, y: 12 } });
  await host.page.keyboard.press('Delete');
  await expect(host.node(/^Hub VM/)).toHaveCount(0);

  // Back online: the renamed VM has no VNet any more. Both see why it is not drawn, and carry on.
  await ana.page.context().setOffline(false);
  for (const each of [host, ana]) {
    const notice = each.page.getByRole('alert', { name: 'Set aside after merging edits' });
    await expect(notice).toContainText('Hub VM, renamed offline', { timeout: 15_000 });
    await expect(each.node(/^Hub VM/)).toHaveCount(0);
    await expect(setAsideFinding(each)).toBeVisible();
  }
  await expect(ana.flowEdges()).toHaveCount(await host.flowEdges().count());
  await screenshot(host.page, 'test-results/live-set-aside.png');
  expect(await seriousViolations(host.page)).toEqual([]);
  await setAsideFinding(host).scrollIntoViewIfNeeded();
  await screenshot(host.page, 'test-results/live-set-aside-finding.png');

  await ana.page
    .getByRole('alert', { name: 'Set aside after merging edits' })
    .getByRole('button', { name: 'Remove it' })
    .click();
  for (const each of [host, ana]) {
    await expect(each.page.getByRole('alert', { name: 'Set aside after merging edits' })).toHaveCount(0);
    await expect(setAsideFinding(each)).toHaveCount(0);
  }
  await rename(host, /^Spoke VM/, 'Spoke VM, after the merge');
  await expect(ana.node(/^Spoke VM, after the merge/)).toBeVisible();
  for (const each of [host, ana]) await each.page.context().close();
});
