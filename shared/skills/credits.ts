// The credit lines the catalogues' licences ask for, shown wherever their data is shown (the role
// page of an imported role, the README). Plain strings, so any page can show them.

/**
 * O*NET's required credit (CC BY 4.0), as its release states it; "(R)" in the plain-text
 * original is the registered-trademark sign.
 */
export const ONET_CREDIT =
  'This page includes information from the O*NET 29.2 Database by the U.S. Department of Labor, ' +
  'Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. ' +
  'O*NET® is a trademark of USDOL/ETA.';

/**
 * ESCO's acknowledgement of the source, which the European Commission's reuse policy
 * (Decision 2011/833/EU) makes the condition of reuse.
 */
export const ESCO_CREDIT =
  'This page includes information from ESCO, the European Skills, Competences, Qualifications and ' +
  'Occupations classification of the European Commission. © European Union; reuse is authorised ' +
  'provided the source is acknowledged (Commission Decision 2011/833/EU).';

/** The credit line an imported entry's page shows, by its source; null for the others. */
export const creditFor = (source: string): string | null =>
  source === 'onet' ? ONET_CREDIT : source === 'esco' ? ESCO_CREDIT : null;
