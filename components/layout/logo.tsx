/** Inkset's mark: a page with a folded corner and a link stroke, in the brand teal. */
export function LogoMark({ className = "size-7" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#0f766e" />
      <path d="M10 7h9l5 5v13a1 1 0 0 1-1 1H10a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1Z" fill="#fff" />
      <path d="M19 7v4a1 1 0 0 0 1 1h4" fill="#99f6e4" />
      <path d="M12.5 16.5h7M12.5 20h4.5" stroke="#0f766e" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
