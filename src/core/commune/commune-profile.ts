/**
 * The commune's profile (thông tin xã): the names and signer its documents are written with. A commune
 * without a saved profile gets one derived from its name ("Xã Tân Việt" → "ỦY BAN NHÂN DÂN XÃ TÂN VIỆT",
 * place "Tân Việt", signer "CHỦ TỊCH").
 */

export interface CommuneProfileFields {
  agencyName: string;
  parentAgencyName: string | null;
  placeName: string;
  provinceName: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  chairmanName: string | null;
  chairmanTitle: string | null;
}

const PREFIX = /^(xã|phường|thị trấn|đặc khu)\s+/i;
const UBND = 'ỦY BAN NHÂN DÂN';

/** "Xã Tân Việt" → "Tân Việt" (the short name, when the commune has one, wins). */
export function placeOf(communeName: string, shortName?: string | null): string {
  return shortName?.trim() || communeName.trim().replace(PREFIX, '') || communeName.trim();
}

/** The profile a commune has before anyone saves one: derived from its name. */
export function defaultCommuneProfile(communeName: string, shortName?: string | null): CommuneProfileFields {
  return {
    agencyName: `${UBND} ${communeName.trim().toLocaleUpperCase('vi')}`,
    parentAgencyName: null,
    placeName: placeOf(communeName, shortName),
    provinceName: null,
    address: null,
    phone: null,
    email: null,
    chairmanName: null,
    chairmanTitle: 'CHỦ TỊCH',
  };
}

/**
 * The issuer block of a document signed by the commune's People's Committee (Decree 30/2020, Annex I):
 * the body above on the first line and the agency below it. Without a body above, the seal's text is
 * broken after "ỦY BAN NHÂN DÂN" ("ỦY BAN NHÂN DÂN" / "XÃ TÂN VIỆT").
 */
export function committeeIssuer(p: Pick<CommuneProfileFields, 'agencyName' | 'parentAgencyName'>): {
  parent: string;
  name: string;
} {
  const agency = p.agencyName.trim();
  const above = p.parentAgencyName?.trim();
  if (above) return { parent: above, name: agency };
  if (agency.toLocaleUpperCase('vi').startsWith(`${UBND} `) && agency.length > UBND.length + 1)
    return { parent: UBND, name: agency.slice(UBND.length + 1).trim() };
  return { parent: '', name: agency };
}
