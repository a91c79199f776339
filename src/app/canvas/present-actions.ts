import { decideOnStep } from './present-controls.ts';
import { defineActions } from './action-types.ts';

// Present mode's keys: what a presentation clicker sends (→, Space, Page Down, ←, Page Up) and the
// presenter's own, each shown on the caption's buttons.

export const PRESENT_ACTIONS = defineActions([
  {
    id: 'presentNext',
    keys: ['ArrowRight', ' ', 'PageDown'],
    label: 'Next flow',
    group: 'Present',
    mode: 'present',
    perform: ({ ui }) => ui.presentGo(ui.presentStep + 1),
  },
  {
    id: 'presentPrevious',
    keys: ['ArrowLeft', 'PageUp'],
    label: 'Previous flow',
    group: 'Present',
    mode: 'present',
    perform: ({ ui }) => ui.presentGo(ui.presentStep - 1),
  },
  {
    id: 'presentOverview',
    keys: ['Home', 'O'],
    label: 'The whole design',
    group: 'Present',
    mode: 'present',
    perform: ({ ui }) => ui.presentGo(-1),
  },
  {
    id: 'presentWhy',
    keys: ['W'],
    label: 'Why: every finding of the flow, in large type',
    group: 'Present',
    mode: 'present',
    perform: ({ ui }) => ui.setPresentPanel(ui.presentPanel === 'why' ? null : 'why'),
    enabled: ({ ui }) => ui.presentStep >= 0,
  },
  {
    id: 'presentAgenda',
    keys: ['L'],
    label: 'The agenda: the order of the flows, to rearrange',
    group: 'Present',
    mode: 'present',
    perform: ({ ui }) => ui.setPresentPanel(ui.presentPanel === 'agenda' ? null : 'agenda'),
  },
  {
    id: 'presentNotes',
    keys: ['N'],
    label: 'Notes on the flow (or, in the overview, on the design): read them and add one',
    group: 'Present',
    mode: 'present',
    perform: ({ ui }) => ui.setPresentPanel(ui.presentPanel === 'notes' ? null : 'notes'),
  },
  {
    id: 'presentAccept',
    keys: ['A'],
    label: 'Accept the flow',
    group: 'Present',
    mode: 'present',
    perform: () => decideOnStep('accepted'),
    enabled: ({ ui }) => ui.presentStep >= 0,
  },
  {
    id: 'presentChanges',
    keys: ['R'],
    label: 'Request a change to the flow',
    group: 'Present',
    mode: 'present',
    perform: () => decideOnStep('changesRequested'),
    enabled: ({ ui }) => ui.presentStep >= 0,
  },
  {
    id: 'presentLeave',
    keys: ['Escape', 'P'],
    label: 'Leave present mode',
    group: 'Present',
    mode: 'present',
    perform: ({ ui }) => ui.stopPresenting(),
  },
]);
