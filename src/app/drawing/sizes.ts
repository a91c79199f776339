// How big things are drawn: the canvas draws them so, automatic layout places them so, and a new
// node is put where it overlaps nothing. The bottom layer of the app: it imports nothing.

/** Every resource (anything but a VNet) is drawn as a card of this size. */
export const RESOURCE_SIZE = { width: 212, height: 58 } as const;

/** VNets grow to fit their children; they never shrink below this. */
export const VNET_MIN_SIZE = { width: 272, height: 150 } as const;
/** Room kept right of and below a VNet's lowest, rightmost child. */
export const VNET_PADDING = 30;
/** Where a child without a position goes, and the step between such children. */
export const VNET_FIRST_CHILD = { x: 30, y: 60 } as const;
export const VNET_CHILD_STEP = 100;
