declare module '@socialgouv/jours-feries' {
  /** French public holidays of a year, as local-midnight dates keyed by name. */
  export default function getJoursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>;
}
