/** Inject tokens of the two simulated providers. */
export const PRIMARY_LLM = 'PRIMARY_LLM';
export const SECONDARY_LLM = 'SECONDARY_LLM';
