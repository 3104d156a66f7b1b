export function InstitutionProfilePage() {
  return null;
}
