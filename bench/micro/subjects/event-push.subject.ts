/** The event the emit variants send: a name and four attributes. */
export const EVENT_NAME = 'order_placed';
export const EVENT_ATTRIBUTES = {
  'order.id': 'order-1042',
  'order.items': 3,
  'order.total': 42.5,
  'customer.tier': 'gold',
} as const;

const QUEUE_SIZE = 2048;

/** The baseline of emit: push the event onto a bounded in-memory array, nothing else. */
export function bareArrayPush(): () => void {
  const queue: object[] = [];
  return () => {
    queue.push({ name: EVENT_NAME, attributes: EVENT_ATTRIBUTES });
    if (queue.length >= QUEUE_SIZE) queue.length = 0;
  };
}
