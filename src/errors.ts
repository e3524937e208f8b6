/** A catalogue message (locales/<lang>/ui.json): its key and the values of its placeholders. */
export interface Translatable {
  key: string;
  params: Readonly<Record<string, string | number>>;
}

/**
 * Bad input from the user: one line on stderr, nothing on stdout, exit code 2. The message is English;
 * `translatable`, where given, lets the CLI print it in the language asked for.
 */
export class UsageError extends Error {
  readonly exitCode = 2;

  constructor(
    message: string,
    readonly translatable?: Translatable,
  ) {
    super(message);
  }
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
