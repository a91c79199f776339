import type { Autosave } from './autosave.ts';
import type { SessionContext } from './session-context.ts';

// No edit is lost without the person being told: leaving with unsaved work asks first, and hiding
// or leaving the page writes the recovery slot before anything else can happen.

/** What beforeunload hands over: the browser asks "Leave site?" when it is prevented. */
export type LeaveEvent = { preventDefault(): void; returnValue: unknown };

export type Leaving = {
  /**
   * Whether leaving the page now would lose work: a save not yet written or refused, edits paused
   * by a conflict, or edits to a design that is kept nowhere but this tab. A read-only shared design
   * is never changed, so it has nothing to lose.
   */
  hasUnsavedWork(): boolean;
  /** beforeunload: the browser's own "Leave site?" question, only when there is work to lose. */
  warnBeforeLeaving(event: LeaveEvent): void;
  /** Leaving or hiding the page: the recovery slot first (synchronous, so it is done), then the real save. */
  leavePage(): void;
};

export function createLeaving(ctx: SessionContext, autosave: Autosave): Leaving {
  function hasUnsavedWork(): boolean {
    const { design, designId, revision, readOnly } = ctx.stores.design.getState();
    if (!design || readOnly) return false;
    const { save, conflict } = ctx.stores.storage.getState();
    const edited = revision !== ctx.openDesign.savedRevision;
    if (!designId) return edited || save === 'failed';
    return save === 'pending' || save === 'saving' || save === 'failed' || (conflict !== null && edited);
  }

  function warnBeforeLeaving(event: LeaveEvent): void {
    if (!hasUnsavedWork()) return;
    event.preventDefault();
    // Older Chrome and Safari ignore preventDefault and ask only when returnValue is set.
    event.returnValue = true;
  }

  function leavePage(): void {
    autosave.keepRecovery('leave');
    void autosave.flushSave();
  }

  return { hasUnsavedWork, warnBeforeLeaving, leavePage };
}
