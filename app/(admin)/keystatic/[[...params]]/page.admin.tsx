// Admin only (KEYSTATIC_ENABLED=1). The layout renders the whole Keystatic UI; its router reads the URL.
export default function KeystaticPage() {
  return null;
}
