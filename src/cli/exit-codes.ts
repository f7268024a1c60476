/** Exit codes of the CLI: 0 done (discrepancies found are a success), 2 unusable input or arguments. */
export const EXIT = { ok: 0, unusable: 2 } as const;
