import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDesign } from '../../engine/index.ts';
import { openAsNew } from './design-files.ts';
import type { CreateResult } from './opening.ts';

// A design that arrived whole (a file, a paste) opens as a new design; the toast must say truthfully
// whether it was also stored. The page's session is replaced by what createDesign answered.

const toast = vi.hoisted(() =>
  Object.assign(vi.fn(), { success: vi.fn(), warning: vi.fn(), error: vi.fn(), info: vi.fn() }),
);
vi.mock('../store/notices.ts', () => ({ toast }));
const createDesign = vi.hoisted(() => vi.fn<(document: unknown) => Promise<CreateResult>>());
vi.mock('./session.ts', () => ({ createDesign }));

beforeEach(() => {
  vi.clearAllMocks();
});

const loaded = loadDesign({ format: 'fastpath-design', version: 1, title: 'Imported', nodes: [], edges: [] });
if (!loaded.ok) throw new Error('bad fixture');
const imported = loaded.design;
const MESSAGE = 'Opened “imported.json” as a new design';

describe('openAsNew', () => {
  it('says it is open once it is also stored', async () => {
    createDesign.mockResolvedValue({ opened: true, stored: true });
    expect(await openAsNew(imported, MESSAGE)).toBe(true);
    expect(createDesign).toHaveBeenCalledWith(imported);
    expect(toast.success).toHaveBeenCalledWith(MESSAGE);
    expect(toast.warning).not.toHaveBeenCalled();
  });

  it('never says “Saved” for a design opened but not stored, and offers the export', async () => {
    const problem = 'Browser storage is full (quota exceeded). Delete designs you no longer need.';
    createDesign.mockResolvedValue({ opened: true, stored: false, problem });
    expect(await openAsNew(imported, MESSAGE)).toBe(true);
    expect(toast.success).not.toHaveBeenCalled();
    expect(toast.warning).toHaveBeenCalledWith(
      `${MESSAGE}, but it could not be saved in this browser: ${problem} Export it to keep it.`,
      expect.objectContaining({ duration: 10_000, action: expect.objectContaining({ label: 'Export JSON' }) }),
    );
  });

  it('says nothing when the person chose to stay on the open design', async () => {
    createDesign.mockResolvedValue({ opened: false, stored: false, cancelled: true });
    expect(await openAsNew(imported, MESSAGE)).toBe(false);
    expect([toast.success, toast.warning, toast.error].map((show) => show.mock.calls.length)).toEqual([0, 0, 0]);
  });

  it('says so when the design could not be opened', async () => {
    createDesign.mockResolvedValue({ opened: false, stored: false, problem: 'not a design' });
    expect(await openAsNew(imported, MESSAGE)).toBe(false);
    expect(toast.error).toHaveBeenCalledWith('The design could not be opened.');
  });
});
