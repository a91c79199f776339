import { beforeEach, describe, expect, it } from 'vitest';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { addNode } from './add-node.ts';
import { deleteSelection } from './delete-selection.ts';
import { redoChange, runCommand, undoChange } from './editor.ts';
import { estate, select } from '../testing/fixtures.ts';
import { updateNode } from './update-node.ts';
import { updateEdge } from './update-edge.ts';
import { setRulesAsOf, updateDesign } from './update-design.ts';

describe('editor: commands through the stores, with undo and redo', () => {
  beforeEach(() => {
    useDesignStore.getState().open(estate(), 'd1');
    useUiStore.getState().setSelection(select([]));
  });

  it('applies a command, records it, and undoes and redoes it with the selection', () => {
    const revision = useDesignStore.getState().revision;
    runCommand(addNode, { kind: 'vm', parentId: 'spoke', position: { x: 40, y: 80 } });
    const added = useDesignStore.getState().design?.nodes.at(-1);
    expect(useUiStore.getState().selection.nodeIds).toEqual([added?.id]);
    expect(useDesignStore.getState().revision).toBe(revision + 1);

    expect(undoChange()).toBe(true);
    expect(useDesignStore.getState().design?.nodes).toHaveLength(estate().nodes.length);
    expect(useUiStore.getState().selection.nodeIds).toEqual([]);
    expect(redoChange()).toBe(true);
    expect(useDesignStore.getState().design?.nodes.at(-1)?.id).toBe(added?.id);
    expect(redoChange()).toBe(false);
  });

  it('undoes an inspector edit typed in several keystrokes in one step', () => {
    for (const label of ['A', 'Ap', 'App']) runCommand(updateNode, { id: 'vm', label });
    expect(useDesignStore.getState().design?.nodes.find((n) => n.id === 'vm')?.label).toBe('App');
    undoChange();
    expect(useDesignStore.getState().design?.nodes.find((n) => n.id === 'vm')?.label).toBe('vm');
  });

  it('undoes a switch flipped back and forth one flip at a time, however quickly', () => {
    const fastPath = () => {
      const edge = useDesignStore.getState().design?.edges.find((e) => e.id === 'conn');
      return edge?.kind === 'connection' ? edge.props.fastPath : undefined;
    };
    for (const on of [true, false, true]) runCommand(updateEdge, { id: 'conn', props: { fastPath: on } });
    expect(fastPath()).toBe(true);
    undoChange();
    expect(fastPath()).toBe(false);
    undoChange();
    expect(fastPath()).toBe(true);
    undoChange();
    expect(fastPath()).toBe(false);
  });

  it('leaves the design and history alone when a command is refused', () => {
    const before = useDesignStore.getState();
    const outcome = runCommand(addNode, { kind: 'vm', position: { x: 0, y: 0 } });
    expect(outcome.status).toBe('refused');
    expect(useDesignStore.getState().design).toBe(before.design);
    expect(useDesignStore.getState().history).toBe(before.history);
  });

  it('deletes the selection and brings it back', () => {
    useUiStore.getState().setSelection(select(['hub']));
    runCommand(deleteSelection, undefined);
    expect(useDesignStore.getState().design?.nodes.some((n) => n.id === 'hub')).toBe(false);
    undoChange();
    expect(useDesignStore.getState().design?.nodes.some((n) => n.id === 'gw')).toBe(true);
    expect(useUiStore.getState().selection).toEqual(select(['hub']));
  });

  it('in a read-only shared design refuses an edit but takes another rule pack', () => {
    useDesignStore.getState().open(estate(), null, true);
    expect(runCommand(updateNode, { id: 'spoke', label: 'Renamed' }).status).toBe('refused');
    expect(runCommand(updateDesign, { title: 'Renamed' }).status).toBe('refused');
    expect(runCommand(setRulesAsOf, '2019-05').status).toBe('changed');
    expect(useDesignStore.getState().design?.rulesAsOf).toBe('2019-05');
    expect(useDesignStore.getState().design?.title).toBe(estate().title);
  });
});
