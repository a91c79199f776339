import { EMPTY_TEMPLATE, FIRST_TEMPLATE_ID, findTemplate } from '../io/templates.ts';
import { describeStorageError, UNTITLED, type DesignSummary } from './design-repository.ts';
import type { Opening } from './opening.ts';
import { openingMarker } from './opening-marker.ts';
import { dropStaleRecoverySlots } from './recovery.ts';
import type { SessionContext } from './session-context.ts';
import type { SharedDesign } from './shared-design.ts';

// What the page opens first: a share link in the address (read-only), else the design last worked
// on, else (a first visit) the lab. Without storage the lab opens in this tab only.

type Parts = { opening: Opening; shared: SharedDesign };

export function createStartUp(ctx: SessionContext, { opening, shared }: Parts): () => Promise<void> {
  const { database, setStorage } = ctx;

  /** Opens a stored design at start, unless it did not finish opening last time: then the person decides. */
  async function openAtStart(id: string, designs: readonly DesignSummary[]): Promise<boolean> {
    if (openingMarker() !== id) return opening.openStored(id);
    const title = designs.find((design) => design.id === id)?.title || UNTITLED;
    switch (await ctx.questions.askAboutUnfinishedOpen(title)) {
      case 'open':
        return opening.openStored(id);
      case 'list':
        // The marker stays: reloading without choosing asks again.
        ctx.stores.ui.getState().setDialog('designs');
        return true;
      case 'empty':
        await opening.storeAndOpen(EMPTY_TEMPLATE.document);
        return true;
    }
  }

  return async function start(): Promise<void> {
    if (!database.ok) {
      setStorage({ status: 'unavailable', problem: database.problem.message, save: 'off' });
      if (!(await shared.openShareLink())) opening.openTemplateInMemory(FIRST_TEMPLATE_ID);
      return;
    }
    const { repository } = database;
    setStorage({ status: 'ready', save: 'saved' });
    void ctx.persistentStorage.isPersisted().then((persisted) => {
      if (persisted) setStorage({ persistent: true });
    });

    if (await shared.openShareLink()) return;
    try {
      const designs = await repository.list();
      setStorage({ designs });
      dropStaleRecoverySlots(designs);
      const lastId = await repository.getLastOpened();
      const candidates = [...new Set([lastId, designs[0]?.id].filter((id): id is string => id !== undefined))];
      for (const id of candidates) if (await openAtStart(id, designs)) return;
      // A first visit from a room link: the room's design is what this browser keeps. The lab
      // shows meanwhile, in this tab only, rather than stored beside it.
      if (ctx.address.joinsRoom?.()) {
        opening.openTemplateInMemory(FIRST_TEMPLATE_ID);
        return;
      }
      await opening.storeAndOpen(findTemplate(FIRST_TEMPLATE_ID)?.document, { askToPersist: false });
    } catch (error) {
      setStorage({ problem: describeStorageError(error) });
      opening.openTemplateInMemory(FIRST_TEMPLATE_ID);
    }
  };
}
