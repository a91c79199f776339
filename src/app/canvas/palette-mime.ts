/** The drag data type of a kind dragged from the palette onto the canvas. */
export const PALETTE_MIME = 'application/x-fastpath-kind';
