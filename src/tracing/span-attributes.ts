/** `error.type` from the semantic conventions: the class of the error that ended the operation. */
export const ERROR_TYPE = 'error.type';

/** Number of items an async iterable or Observable produced before its span ended. */
export const STREAM_ITEM_COUNT = 'stream.item_count';

/** Milliseconds from the call to the first item of an async iterable (time to first token). */
export const STREAM_TIME_TO_FIRST_ITEM_MS = 'stream.time_to_first_item_ms';

/** True when the consumer stopped early: Observable unsubscribed, async iterator `return()`ed. */
export const STREAM_CANCELLED = 'stream.cancelled';

/** Name of the span event recorded for an error marked expected (the span status stays unset). */
export const EXPECTED_ERROR_EVENT = 'expected_error';

/** `code.function.name`: the decorated `Class.method`, set on GenAI spans whose name is conventional. */
export const CODE_FUNCTION_NAME = 'code.function.name';
