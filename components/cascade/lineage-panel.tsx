/**
 * Where an initiative came from and where it went (forwarded up the campaign chain).
 * Placeholder until the cascade work fills it in; renders nothing.
 */
export async function LineagePanel(_props: { initiativeId: string }) {
  return null;
}
