// Shared by forms in the browser and by the server; no hashing here.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

// Tabs, newlines and other control characters cannot be typed into a password field (or
// are typed differently on each device), and a lone surrogate is not text at all: a
// password holding one would be set once and never typed again.
const control = /[\u0000-\u001f\u007f-\u009f]/;

/** Why a new password is refused, or null when it may be set. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (control.test(password) || !password.isWellFormed()) {
    return 'Use letters, digits, spaces and punctuation only: no tabs, line breaks or other control characters.';
  }
  return null;
}
