/**
 * Exit codes of the CLI: 0 done (discrepancies found are a success), 1 done but some batch lines were
 * invalid (reported and skipped), 2 unusable input or arguments, 3 a batch broke off (a worker died or
 * an output could not be written; what was written before it stands) or any command's output could
 * not be written for a full disk, an exceeded quota, an I/O error or a closed pipe (`writeFailureExit`).
 */
export const EXIT = { ok: 0, someInvalid: 1, unusable: 2, failed: 3 } as const;
