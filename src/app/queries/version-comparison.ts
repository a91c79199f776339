import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Design, DesignDiff, PackId } from '../../engine/index.ts';
import { readVersion } from '../persistence/session.ts';
import type { CompareTarget } from '../store/ui-store.ts';
import { compareInWorker } from './engine-versions.ts';

// The open design compared with an older version of it (or a design file), both evaluated in the
// worker with one rule pack. The older side is read once per target; the comparison follows the
// open design's revisions once editing pauses, so that typing does not queue a comparison (two
// whole evaluations) in the worker ahead of each recolouring.

export type VersionComparison = { diff: DesignDiff; older: Design };

/** How long the design must stay unchanged before it is compared again. */
export const COMPARE_AFTER_MS = 400;

/** The older side: a kept version (read from storage), or the file's design as it was read. */
async function olderDesign(target: CompareTarget): Promise<Design> {
  if (target.kind === 'file') return target.design;
  const version = await readVersion(target.versionId);
  if (!version) throw new Error(`the version “${target.label}” could not be read`);
  return version.design;
}

const targetKey = (target: CompareTarget | null) =>
  target === null ? 'none' : target.kind === 'version' ? `version:${target.versionId}` : `file:${target.name}`;

export function useVersionComparison(
  target: CompareTarget | null,
  design: Design | null,
  session: number,
  revision: number,
  pack: PackId,
) {
  const client = useQueryClient();
  const settled = useSettled({ design, revision }, COMPARE_AFTER_MS);
  return useQuery({
    queryKey: ['version-comparison', targetKey(target), session, settled.revision, pack],
    enabled: target !== null && settled.design !== null,
    queryFn: async (): Promise<VersionComparison> => {
      if (!target || !settled.design) throw new Error('nothing to compare');
      const older = await client.ensureQueryData({
        queryKey: ['version-design', targetKey(target)],
        queryFn: () => olderDesign(target),
        staleTime: Infinity,
      });
      const answer = await compareInWorker(older, settled.design, pack);
      if (!answer.ok) throw new Error(answer.errors.join('; '));
      return { diff: answer.diff, older };
    },
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
    // While the next revision is compared, the last answer for the same target stands in.
    placeholderData: (previous, query) =>
      query?.queryKey[1] === targetKey(target) && query.queryKey[2] === session ? previous : undefined,
  });
}

/** `value` once it has stayed the same for `ms` (the first value at once). */
function useSettled<T>(value: T & { revision: number }, ms: number): T & { revision: number } {
  const [settled, setSettled] = useState(value);
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  // Restarted by a new revision only, not by every render of the panel.
  useEffect(() => {
    if (value.revision === settled.revision) return;
    const timer = setTimeout(() => setSettled(latest.current), ms);
    return () => clearTimeout(timer);
  }, [value.revision, settled.revision, ms]);
  return settled;
}
