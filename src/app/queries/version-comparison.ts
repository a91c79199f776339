import { useQuery } from '@tanstack/react-query';
import type { Design, DesignDiff, PackId } from '../../engine/index.ts';
import { readVersion } from '../persistence/session.ts';
import type { CompareTarget } from '../store/ui-store.ts';
import { compareInWorker } from './engine-versions.ts';

// The open design compared with an older version of it (or a design file), both evaluated in the
// worker with one rule pack. One query per revision of the open design, as for its evaluation.

export type VersionComparison = { diff: DesignDiff; older: Design };

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
  return useQuery({
    queryKey: ['version-comparison', targetKey(target), session, revision, pack],
    enabled: target !== null && design !== null,
    queryFn: async (): Promise<VersionComparison> => {
      if (!target || !design) throw new Error('nothing to compare');
      const older = await olderDesign(target);
      const answer = await compareInWorker(older, design, pack);
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
