/** The feed icon, decorative: the link's words say what it is. */
export function FeedIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="14" height="14" className="shrink-0">
      <circle cx="3" cy="13" r="2" fill="currentColor" />
      <path
        d="M1 6a9 9 0 0 1 9 9h-2.5A6.5 6.5 0 0 0 1 8.5z M1 1a14 14 0 0 1 14 14h-2.5A11.5 11.5 0 0 0 1 3.5z"
        fill="currentColor"
      />
    </svg>
  );
}
