/** The help lines for passenger-car quota business, as the web system's user guide publishes them. */
export const HOTLINES = ['0898-68835091', '0898-68835092', '0898-68835099'] as const;
