import type { Position } from '../../engine/index.ts';
import { changed, defineCommand, unchanged } from './types.ts';

/** Applies positions computed by automatic layout ("Tidy"); one undo step puts them all back. */
export const arrange = defineCommand<{ positions: ReadonlyMap<string, Position> }>({
  id: 'arrange',
  label: 'Tidy layout',
  run({ design }, { positions }) {
    let moved = false;
    const nodes = design.nodes.map((node) => {
      const position = positions.get(node.id);
      if (!position || (node.position?.x === position.x && node.position.y === position.y)) return node;
      moved = true;
      return { ...node, position: { x: position.x, y: position.y } };
    });
    return moved ? changed({ ...design, nodes }) : unchanged;
  },
});
