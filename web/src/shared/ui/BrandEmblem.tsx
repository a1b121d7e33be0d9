interface BrandEmblemProps {
  size?: number;
}

/** The round red-and-gold star mark of the product. */
export function BrandEmblem({ size = 40 }: BrandEmblemProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="31" fill="#b71c1c" stroke="#f6c644" strokeWidth="2" />
      <circle cx="32" cy="32" r="25" fill="none" stroke="#f6c644" strokeWidth="1" opacity="0.6" />
      <path fill="#f6c644" d="M32 13l4.7 14.4h15.1L39.6 36.3l4.7 14.4L32 41.8l-12.3 8.9 4.7-14.4-12.2-8.9h15.1z" />
    </svg>
  );
}
