export function ApiTokensPage() {
  return null;
}
