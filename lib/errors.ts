// One error type for everything a user can be told (STYLE.md §8). `userMessage` is safe to
// show; the code maps to an HTTP status at the boundary.
export type AppErrorCode =
  'unauthenticated' | 'forbidden' | 'not_found' | 'invalid_input' | 'conflict' | 'locked' | 'too_large' | 'internal';

const statusByCode: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid_input: 422,
  conflict: 409,
  locked: 429,
  too_large: 413,
  internal: 500,
};

export class AppError extends Error {
  readonly userMessage: string;
  readonly fieldErrors?: Record<string, string>;
  /** Safe-to-show facts for the form, e.g. the saved values behind a version conflict. */
  readonly details?: Record<string, unknown>;

  constructor(
    readonly code: AppErrorCode,
    options: {
      userMessage: string;
      fieldErrors?: Record<string, string>;
      details?: Record<string, unknown>;
      cause?: unknown;
    },
  ) {
    super(options.userMessage, { cause: options.cause });
    this.name = 'AppError';
    this.userMessage = options.userMessage;
    this.fieldErrors = options.fieldErrors;
    this.details = options.details;
  }

  get status() {
    return statusByCode[this.code];
  }

  /**
   * Bad input, a message per field. The form's summary is the general one unless a single
   * field's message says it better (pass it as `userMessage`).
   */
  static fields(fieldErrors: Record<string, string>, userMessage = 'Please correct the highlighted fields.') {
    return new AppError('invalid_input', { userMessage, fieldErrors });
  }

  /** The record the form was about has gone (deleted meanwhile, or a made-up id). */
  static gone(kind: RecordKind) {
    return new AppError('not_found', { userMessage: `This ${kind} no longer exists.` });
  }
}

/** The records a form can name that may be gone by the time it is sent. */
export type RecordKind = 'claim' | 'comparison' | 'figure' | 'article' | 'evidence';

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
