// Typed errors. Commands throw them; only the CLI's top level prints and exits.

export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_CHANGES = 2;

/** An error the user can act on: its message is printed as is, one line, no stack trace. */
export class UserError extends Error {
  readonly exitCode: number;

  constructor(message: string, options: { exitCode?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'UserError';
    this.exitCode = options.exitCode ?? EXIT_ERROR;
  }
}

/** The findings have already been printed; the process only has to exit with this code. */
export class ExitError extends Error {
  readonly exitCode: number;

  constructor(exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = 'ExitError';
    this.exitCode = exitCode;
  }
}

/** A bug in burnplan: printed with a hint to report it; the stack only with BURNPLAN_DEBUG. */
export class InternalError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'InternalError';
  }
}
