/** Bad input from the user: one line on stderr, nothing on stdout, exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** Every target asked for refused the response: one stderr line per target, with its reason; exit code 2. */
export class RefusedError extends UsageError {
  constructor(readonly reasons: string[]) {
    super(reasons.join("; "));
  }
}

/** A failure of snipgen itself or of a template: exit code 1. */
export class InternalError extends Error {
  readonly exitCode = 1;
}
