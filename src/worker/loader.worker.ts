// The load pipeline behind comlink, for designs too large to check on the screen's thread: the
// schema check of a 45,000-link design takes half a second, one frozen frame too many.
// A loaded design goes back as UTF-8 JSON in a transferred buffer: the screen's thread decodes and
// parses that far faster than it rebuilds a structured clone of tens of thousands of objects.
import { expose, transfer } from 'comlink';
import { loadDesign } from '../engine/index.ts';
import { readEstatePages } from '../estate/read-pages.ts';
import type { EstateRead, LoadedText } from './protocol.ts';

expose({
  loadDesignAsText(input: unknown): LoadedText {
    const loaded = loadDesign(input instanceof Uint8Array ? new TextDecoder().decode(input) : input);
    if (!loaded.ok) return loaded;
    const bytes = new TextEncoder().encode(JSON.stringify(loaded.design));
    return transfer({ ok: true, bytes, warnings: loaded.warnings }, [bytes.buffer]);
  },

  /**
   * An estate export converted to a design with its proposed flows and report; null for anything
   * else. Several files are the pages of one export (`names` says which is which).
   */
  readEstate(inputs: readonly Uint8Array[], names: readonly string[], title: string): EstateRead {
    const decoder = new TextDecoder();
    return readEstatePages(
      inputs.map((input) => decoder.decode(input)),
      names,
      title,
    );
  },
});
