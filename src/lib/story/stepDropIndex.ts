/**
 * Where a dragged step lands: the position (from 0) of the step whose box the pointer is over,
 * the first or the last when it is above or below the list. Pure, so it is tested without a pointer.
 */
export function stepDropIndex(boxes: readonly { top: number; bottom: number }[], pointerY: number, from: number): number {
  if (boxes.length === 0) return from;
  if (pointerY < boxes[0].top) return 0;
  const over = boxes.findIndex((box) => pointerY >= box.top && pointerY < box.bottom);
  if (over !== -1) return over;
  if (pointerY >= boxes[boxes.length - 1].bottom) return boxes.length - 1;
  // Between two boxes (the gap of a margin): the later one when moving down, the earlier when moving up.
  const next = boxes.findIndex((box) => box.top > pointerY);
  return next > from ? next - 1 : next;
}
