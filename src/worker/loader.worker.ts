// The load pipeline behind comlink, for designs too large to check on the screen's thread: the
// schema check of a 45,000-link design takes half a second, one frozen frame too many.
import { expose } from 'comlink';
import { loadDesign } from '../engine/index.ts';

expose({ loadDesign });
