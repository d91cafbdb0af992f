// Words that make up a stated office or title ("former US President", "the EU's High
// Representative for Foreign Affairs"), and how two stated roles are compared.

/** Head words of an office; a role phrase must contain one. Value: the office's class. */
export const officeHeads: Record<string, string> = {
  president: 'president', minister: 'minister', secretary: 'minister', chancellor: 'chancellor',
  representative: 'chief', commissioner: 'chief', chief: 'chief', head: 'chief', leader: 'chief',
  director: 'director', chairman: 'chair', chairwoman: 'chair', chair: 'chair', governor: 'governor',
  ambassador: 'ambassador', spokesman: 'spokesperson', spokeswoman: 'spokesperson', spokesperson: 'spokesperson',
  senator: 'senator', mayor: 'mayor', envoy: 'envoy', king: 'monarch', queen: 'monarch', prince: 'prince',
  princess: 'prince', pope: 'pope', general: 'general', admiral: 'admiral', commander: 'commander', ceo: 'executive',
  executive: 'executive', judge: 'judge', premier: 'premier', officer: 'officer', counterpart: 'counterpart',
  adviser: 'adviser', advisor: 'adviser', congressman: 'legislator', congresswoman: 'legislator', lawmaker: 'legislator',
  mp: 'legislator', coach: 'coach', manager: 'manager', captain: 'captain', founder: 'founder', chancellery: 'chief',
};

/** Office classes so generic that they never contradict a more specific one. */
const genericOffices = new Set(['chief', 'counterpart', 'officer', 'executive']);

/** Words that qualify an office inside a role phrase. */
export const roleModifiers = new Set([
  'prime', 'vice', 'deputy', 'high', 'foreign', 'defence', 'defense', 'home', 'interior', 'finance', 'health',
  'education', 'trade', 'affairs', 'policy', 'state', 'justice', 'economy', 'economic', 'energy', 'environment',
  'culture', 'transport', 'security', 'national', 'first', 'assistant', 'shadow', 'junior', 'senior', 'acting',
  'interim', 'former', 'ex', 'then', 'outgoing', 'incoming', 'current', 'the', 'for', 'of', 'attorney', 'staff',
  'commonwealth', 'development', 'treasury', 'exchequer', 'lord', 'general', 'chief', 'executive', 'military',
  'intelligence', 'armed', 'forces', 'european', 'union', 'and', 'opposition', 'party', 'labour', 'conservative',
]);

/** Portfolio words; two roles naming different portfolios contradict. */
const portfolios: Record<string, string> = {
  foreign: 'foreign', defence: 'defence', defense: 'defence', home: 'home', interior: 'home', finance: 'finance',
  treasury: 'finance', exchequer: 'finance', health: 'health', education: 'education', trade: 'trade',
  justice: 'justice', energy: 'energy', environment: 'environment', culture: 'culture', transport: 'transport',
  economy: 'economy',
};

/** Country, bloc and demonym spellings mapped to one jurisdiction key. */
const jurisdictions: Record<string, string> = {
  uk: 'uk', british: 'uk', britain: 'uk', 'united kingdom': 'uk', england: 'uk', english: 'uk',
  us: 'us', 'u.s': 'us', 'u.s.': 'us', usa: 'us', american: 'us', america: 'us', 'united states': 'us',
  eu: 'eu', 'european union': 'eu', european: 'eu', europe: 'eu',
  estonian: 'estonia', russian: 'russia', french: 'france', german: 'germany', canadian: 'canada',
  ukrainian: 'ukraine', chinese: 'china', italian: 'italy', spanish: 'spain', polish: 'poland', irish: 'ireland',
  japanese: 'japan', indian: 'india', australian: 'australia', turkish: 'turkey', dutch: 'netherlands',
  swedish: 'sweden', norwegian: 'norway', finnish: 'finland', danish: 'denmark', belgian: 'belgium',
  israeli: 'israel', iranian: 'iran', iraqi: 'iraq', syrian: 'syria', saudi: 'saudi arabia', mexican: 'mexico',
  brazilian: 'brazil', korean: 'korea', nato: 'nato', un: 'un', 'united nations': 'un', scottish: 'scotland',
  welsh: 'wales', lithuanian: 'lithuania', latvian: 'latvia', hungarian: 'hungary', greek: 'greece',
  portuguese: 'portugal', austrian: 'austria', swiss: 'switzerland', czech: 'czech republic', romanian: 'romania',
};

export interface RoleFacets {
  isFormer: boolean;
  jurisdiction: string | null;
  portfolio: string | null;
  office: string | null;
}

const officeHeadWords = new Set(Object.keys(officeHeads));

export function isOfficeHead(word: string): boolean {
  return officeHeadWords.has(word.toLowerCase());
}

export function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return roleModifiers.has(lower) || isOfficeHead(lower) || lower === "'s" || lower === '’s';
}

/** What a stated role says: former or not, whose office, which portfolio, which kind of office. */
const facetsCache = new Map<string, RoleFacets>();

export function roleFacets(role: string): RoleFacets {
  const cached = facetsCache.get(role);
  if (cached) return cached;
  const facets = readRoleFacets(role);
  if (facetsCache.size < 50_000) facetsCache.set(role, facets);
  return facets;
}

function readRoleFacets(role: string): RoleFacets {
  const lower = role.toLowerCase().replace(/[’]/g, "'");
  const words = lower.match(/[a-z.]+/g) ?? [];
  let jurisdiction: string | null = null;
  for (const [spelling, key] of Object.entries(jurisdictions)) {
    if (spelling.includes(' ') && lower.includes(spelling)) jurisdiction = key;
  }
  const capitalised = role.match(/\b[A-Z][A-Za-z.]*\b/g) ?? [];
  for (const word of capitalised) {
    const key = jurisdictions[word.toLowerCase().replace(/\.$/, '')];
    if (key && jurisdiction === null) jurisdiction = key;
    // An unknown capitalised word that is no role word names the office's country or body.
    if (!key && jurisdiction === null && !isRoleWord(word)) jurisdiction = word.toLowerCase();
  }
  let portfolio: string | null = null;
  for (const word of words) portfolio ??= portfolios[word] ?? null;
  let office: string | null = null;
  if (/\bprime minister\b/.test(lower)) office = 'prime minister';
  else if (/\bvice president\b/.test(lower)) office = 'vice president';
  else for (const word of words) if (officeHeads[word]) office = officeHeads[word] ?? office;
  return { isFormer: /\b(former|ex|then|outgoing)\b/.test(lower), jurisdiction, portfolio, office };
}

/** Why two stated roles of one person cannot both be right, or null when they agree. */
export function roleConflict(first: RoleFacets, second: RoleFacets): string | null {
  if (first.isFormer !== second.isFormer) return 'one calls the office former, the other current';
  if (first.jurisdiction && second.jurisdiction && first.jurisdiction !== second.jurisdiction) {
    return `office of ${first.jurisdiction.toUpperCase()} vs ${second.jurisdiction.toUpperCase()}`;
  }
  if (first.portfolio && second.portfolio && first.portfolio !== second.portfolio) {
    return `portfolio ${first.portfolio} vs ${second.portfolio}`;
  }
  if (
    first.office && second.office && first.office !== second.office &&
    !genericOffices.has(first.office) && !genericOffices.has(second.office)
  ) {
    return `office ${first.office} vs ${second.office}`;
  }
  return null;
}
