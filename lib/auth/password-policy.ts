// Shared by forms in the browser and by the server; no hashing here.
export const MIN_PASSWORD_LENGTH = 12;
