// Small, principled word lists: the world's countries with their adjectives, a few regions and
// capitals, international organisations known by acronym, the titles that announce a person and
// the words that announce an organisation. Nothing here is about any one article.
import { foldText } from './fold';

/** Country → nationality adjective(s). Adjectives fold to the country for place matching. */
const COUNTRIES: ReadonlyArray<readonly [string, ...string[]]> = [
  ['Afghanistan', 'Afghan'], ['Albania', 'Albanian'], ['Algeria', 'Algerian'], ['Angola', 'Angolan'],
  ['Argentina', 'Argentine', 'Argentinian'], ['Armenia', 'Armenian'], ['Australia', 'Australian'],
  ['Austria', 'Austrian'], ['Azerbaijan', 'Azerbaijani'], ['Bahrain', 'Bahraini'], ['Bangladesh', 'Bangladeshi'],
  ['Belarus', 'Belarusian'], ['Belgium', 'Belgian'], ['Bhutan', 'Bhutanese'], ['Bolivia', 'Bolivian'],
  ['Bosnia and Herzegovina', 'Bosnian'], ['Botswana', 'Botswanan'], ['Brazil', 'Brazilian'], ['Brunei', 'Bruneian'],
  ['Bulgaria', 'Bulgarian'], ['Cambodia', 'Cambodian'], ['Cameroon', 'Cameroonian'], ['Canada', 'Canadian'],
  ['Chile', 'Chilean'], ['China', 'Chinese'], ['Colombia', 'Colombian'], ['Costa Rica', 'Costa Rican'],
  ['Croatia', 'Croatian'], ['Cuba', 'Cuban'], ['Cyprus', 'Cypriot'], ['Czech Republic', 'Czech'],
  ['Denmark', 'Danish'], ['Ecuador', 'Ecuadorian'], ['Egypt', 'Egyptian'], ['Estonia', 'Estonian'],
  ['Ethiopia', 'Ethiopian'], ['Fiji', 'Fijian'], ['Finland', 'Finnish'], ['France', 'French'], ['Georgia', 'Georgian'],
  ['Germany', 'German'], ['Ghana', 'Ghanaian'], ['Greece', 'Greek'], ['Hungary', 'Hungarian'], ['Iceland', 'Icelandic'],
  ['India', 'Indian'], ['Indonesia', 'Indonesian'], ['Iran', 'Iranian'], ['Iraq', 'Iraqi'], ['Ireland', 'Irish'],
  ['Israel', 'Israeli'], ['Italy', 'Italian'], ['Japan', 'Japanese'], ['Jordan', 'Jordanian'],
  ['Kazakhstan', 'Kazakh'], ['Kenya', 'Kenyan'], ['Kuwait', 'Kuwaiti'], ['Kyrgyzstan', 'Kyrgyz'], ['Laos', 'Lao', 'Laotian'],
  ['Latvia', 'Latvian'], ['Lebanon', 'Lebanese'], ['Libya', 'Libyan'], ['Lithuania', 'Lithuanian'],
  ['Luxembourg'], ['Malaysia', 'Malaysian'], ['Maldives', 'Maldivian'], ['Mexico', 'Mexican'], ['Moldova', 'Moldovan'],
  ['Mongolia', 'Mongolian'], ['Morocco', 'Moroccan'], ['Mozambique', 'Mozambican'], ['Myanmar', 'Myanmarese', 'Burmese'],
  ['Nepal', 'Nepalese', 'Nepali'], ['Netherlands', 'Dutch'], ['New Zealand'], ['Nigeria', 'Nigerian'],
  ['North Korea', 'North Korean'], ['Norway', 'Norwegian'], ['Oman', 'Omani'], ['Pakistan', 'Pakistani'],
  ['Palestine', 'Palestinian'], ['Panama', 'Panamanian'], ['Papua New Guinea'], ['Paraguay', 'Paraguayan'],
  ['Peru', 'Peruvian'], ['Philippines', 'Philippine', 'Filipino'], ['Poland', 'Polish'], ['Portugal', 'Portuguese'],
  ['Qatar', 'Qatari'], ['Romania', 'Romanian'], ['Russia', 'Russian'], ['Rwanda', 'Rwandan'], ['Saudi Arabia', 'Saudi'],
  ['Senegal', 'Senegalese'], ['Serbia', 'Serbian'], ['Singapore', 'Singaporean'], ['Slovakia', 'Slovak'],
  ['Slovenia', 'Slovenian'], ['South Africa', 'South African'], ['South Korea', 'South Korean', 'Korean'], ['Korea'],
  ['Spain', 'Spanish'], ['Sri Lanka', 'Sri Lankan'], ['Sudan', 'Sudanese'], ['Sweden', 'Swedish'],
  ['Switzerland', 'Swiss'], ['Syria', 'Syrian'], ['Taiwan', 'Taiwanese'], ['Tajikistan', 'Tajik'],
  ['Tanzania', 'Tanzanian'], ['Thailand', 'Thai'], ['Timor-Leste', 'Timorese'], ['Tunisia', 'Tunisian'],
  ['Turkey', 'Turkish'], ['Turkmenistan', 'Turkmen'], ['Uganda', 'Ugandan'], ['Ukraine', 'Ukrainian'],
  ['United Arab Emirates', 'Emirati'], ['United Kingdom', 'British'],
  ['United States', 'American'], ['Uruguay', 'Uruguayan'], ['Uzbekistan', 'Uzbek'],
  ['Venezuela', 'Venezuelan'], ['Vietnam', 'Vietnamese'], ['Yemen', 'Yemeni'], ['Zambia', 'Zambian'],
  // The rest of the UN members and observers, so that no country is a stranger to grouping's place checks.
  ['Andorra', 'Andorran'], ['Bahamas', 'Bahamian'], ['Barbados', 'Barbadian'], ['Belize', 'Belizean'], ['Benin', 'Beninese'],
  ['Burundi', 'Burundian'], ['Chad', 'Chadian'], ['Comoros', 'Comorian'], ['Congo', 'Congolese'], ['Djibouti', 'Djiboutian'],
  ['Dominica'], ['Eritrea', 'Eritrean'], ['Eswatini'], ['Gabon', 'Gabonese'], ['Gambia', 'Gambian'], ['Grenada', 'Grenadian'],
  ['Guatemala', 'Guatemalan'], ['Guinea', 'Guinean'], ['Guyana', 'Guyanese'], ['Haiti', 'Haitian'], ['Honduras', 'Honduran'],
  ['Jamaica', 'Jamaican'], ['Kiribati'], ['Kosovo', 'Kosovar'], ['Lesotho'], ['Liberia', 'Liberian'], ['Liechtenstein'],
  ['Madagascar', 'Malagasy'], ['Malawi', 'Malawian'], ['Mali', 'Malian'], ['Malta', 'Maltese'], ['Mauritania', 'Mauritanian'],
  ['Mauritius', 'Mauritian'], ['Micronesia'], ['Monaco'], ['Montenegro', 'Montenegrin'], ['Namibia', 'Namibian'], ['Nauru'],
  ['Nicaragua', 'Nicaraguan'], ['Niger', 'Nigerien'], ['Palau'], ['Samoa', 'Samoan'], ['Seychelles'], ['Somalia', 'Somali'],
  ['Suriname'], ['Togo', 'Togolese'], ['Tonga', 'Tongan'], ['Tuvalu'], ['Vanuatu'],
  ['Zimbabwe', 'Zimbabwean'],
];

/**
 * Other names of one country: its abbreviations (dots left out: the tokenizer ends "U.S." before
 * its last dot), its short and official forms. All fold to the country's name above, so that every
 * outlet's spelling gives one place key.
 */
const PLACE_ALIASES: Record<string, string> = {
  US: 'United States', USA: 'United States', America: 'United States', 'United States of America': 'United States',
  UK: 'United Kingdom', Britain: 'United Kingdom', 'Great Britain': 'United Kingdom',
  UAE: 'United Arab Emirates', 'Viet Nam': 'Vietnam', Türkiye: 'Turkey', Turkiye: 'Turkey', Czechia: 'Czech Republic',
  Burma: 'Myanmar', PRC: 'China', "People's Republic of China": 'China', ROK: 'South Korea', 'Republic of Korea': 'South Korea',
  DPRK: 'North Korea', DRC: 'Congo', 'Russian Federation': 'Russia', KSA: 'Saudi Arabia',
};

/** Regions and a few capitals and large cities that news wires name without a cue. */
const OTHER_PLACES = [
  'Asia', 'Europe', 'Africa', 'Oceania', 'Americas', 'Latin America', 'North America', 'South America', 'Central America',
  'Caribbean',
  'Southeast Asia', 'South Asia', 'East Asia', 'Central Asia', 'Middle East', 'Indo-Pacific', 'Asia-Pacific',
  'Pacific', 'Atlantic', 'Mekong', 'East Sea', 'South China Sea', 'Gulf',
  'Hanoi', 'Ho Chi Minh City', 'Tokyo', 'Osaka', 'Beijing', 'Shanghai', 'Seoul', 'Bangkok', 'Jakarta', 'Manila',
  'Kuala Lumpur', 'Phnom Penh', 'Vientiane', 'Naypyidaw', 'Yangon', 'New Delhi', 'Delhi', 'Mumbai', 'Canberra',
  'Sydney', 'Wellington', 'Washington', 'New York', 'Ottawa', 'London', 'Paris', 'Berlin', 'Brussels', 'Rome',
  'Madrid', 'Moscow', 'Kyiv', 'Ankara', 'Istanbul', 'Cairo', 'Riyadh', 'Dubai', 'Abu Dhabi', 'Doha', 'Tehran',
  'Islamabad', 'Dhaka', 'Colombo', 'Kathmandu', 'Geneva', 'Vienna', 'Brasilia', 'Mexico City', 'Buenos Aires',
  'Nairobi', 'Addis Ababa', 'Pretoria', 'Johannesburg', 'Lagos', 'Taipei', 'Hong Kong', 'Da Nang', 'Hai Phong',
];

/**
 * International bodies usually named by acronym, with their long forms: every form keys to the
 * folded acronym, the one spelling outlets share ("the European Union" / "the EU").
 */
const KNOWN_BODIES: Record<string, readonly string[]> = {
  UN: ['United Nations'], EU: ['European Union'], ASEAN: ['Association of Southeast Asian Nations'],
  APEC: ['Asia-Pacific Economic Cooperation'], NATO: ['North Atlantic Treaty Organization'],
  WTO: ['World Trade Organization'], IMF: ['International Monetary Fund'], WHO: ['World Health Organization'],
  OECD: ['Organization for Economic Cooperation and Development'], UNESCO: [], UNICEF: ["United Nations Children's Fund"],
  UNDP: ['United Nations Development Program'], ILO: ['International Labor Organization'],
  FAO: ['Food and Agriculture Organization'], G7: ['Group of Seven'], G20: ['Group of Twenty'], BRICS: [],
  OPEC: ['Organization of the Petroleum Exporting Countries'], ADB: ['Asian Development Bank'],
  AIIB: ['Asian Infrastructure Investment Bank'], JICA: ['Japan International Cooperation Agency'], USAID: [],
  IAEA: ['International Atomic Energy Agency'], WB: ['World Bank'], AU: ['African Union'],
  SCO: ['Shanghai Cooperation Organization'], CPTPP: [], RCEP: [], IPEF: [], UNSC: ['United Nations Security Council'],
  ICC: ['International Criminal Court'], ICJ: ['International Court of Justice'], UNHCR: [], WFP: ['World Food Program'],
  ICRC: ['International Committee of the Red Cross'], IFRC: ['International Federation of Red Cross and Red Crescent Societies'],
  ECB: ['European Central Bank'],
};

/** International organisations usually named by acronym. */
export const ORGANISATION_ACRONYMS: ReadonlySet<string> = new Set(Object.keys(KNOWN_BODIES));

// Body forms by name: a source names its bodies again and again, and recognition asks for the
// form of each mention twice (bodyKey, knownBodyKey); each is eight passes over the name. Cleared
// when full, so no vocabulary grows it without bound.
const bodyForms = new Map<string, string>();
const BODY_FORM_MEMO = 20_000;

/**
 * A body's long form as keys compare it: folded, "the" dropped, British and American spellings
 * met ("Organisation"/"Organization", "Programme"/"Program", "Co-operation"/"Cooperation").
 */
export function bodyForm(name: string): string {
  const known = bodyForms.get(name);
  if (known !== undefined) return known;
  const form = foldText(name)
    .replace(/^the\s+/, '')
    .replace(/isation/g, 'ization')
    .replace(/\bco-op/g, 'coop')
    .replace(/programme/g, 'program')
    .replace(/labour/g, 'labor')
    .replace(/centre/g, 'center')
    .replace(/[’]/g, "'")
    .replace(/\s+/g, ' ');
  if (bodyForms.size >= BODY_FORM_MEMO) bodyForms.clear();
  bodyForms.set(name, form);
  return form;
}

const bodyKeys = new Map<string, string>(); // body form of a long form → folded acronym
for (const [acronym, forms] of Object.entries(KNOWN_BODIES)) for (const form of forms) bodyKeys.set(bodyForm(form), acronym.toLowerCase());

/** The key of an international body named by its long form ("the European Union" → "eu"), or undefined. */
export function knownBodyKey(name: string): string | undefined {
  return bodyKeys.get(bodyForm(name));
}

/** Words that announce that the name before or around them is an organisation. */
export const ORGANISATION_CUES = new Set([
  'party', 'ministry', 'university', 'association', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'company',
  'co.', 'ltd', 'ltd.', 'group', 'bank', 'society', 'committee', 'assembly', 'agency', 'council', 'union',
  'organisation', 'organization', 'nations', 'alliance', 'forum', 'institute', 'fund', 'office', 'department',
  'government', 'parliament', 'congress', 'commission', 'federation', 'foundation', 'academy', 'court', 'senate',
  'diet', 'army', 'navy', 'police', 'authority', 'board', 'chamber', 'school', 'college', 'embassy', 'consulate',
  'secretariat', 'cabinet', 'bureau', 'house', 'times', 'news', 'post', 'press', 'airlines', 'airways', 'holdings',
]);

/** Titles that announce a person's name: kept in ./titles.ts, which folding also reads. */
export { PERSON_TITLES } from './titles';

const placeKeys = new Map<string, string>(); // folded surface → canonical country or place
const nationalityOf = new Map<string, string>(); // folded adjective → country
for (const [country, ...adjectives] of COUNTRIES) {
  placeKeys.set(country.toLowerCase(), country);
  for (const adjective of adjectives) nationalityOf.set(adjective.toLowerCase(), country);
}
for (const place of OTHER_PLACES) placeKeys.set(place.toLowerCase(), place);
for (const [alias, country] of Object.entries(PLACE_ALIASES)) placeKeys.set(alias.toLowerCase(), country);

const placeFirstWords = new Set([...placeKeys.keys()].map((k) => k.split(/\s+/)[0]!));

/** Whether some place name of the lexicon starts with this word: a cheap test before longer look-ups. */
export function startsPlaceName(word: string): boolean {
  const lower = word.toLowerCase();
  return placeFirstWords.has(lower) || (lower.includes('.') && placeFirstWords.has(lower.replace(/\./g, '')));
}

/** The place a name stands for ("Viet Nam" → "Vietnam", "U.S." → "United States"), or undefined. */
export function knownPlace(name: string): string | undefined {
  const lower = name.toLowerCase();
  const place = placeKeys.get(lower);
  if (place !== undefined || !lower.includes('.')) return place;
  // "U.S.", "U.K.": initials with dots are the abbreviation without them.
  return /^(?:[a-z]\.)+[a-z]\.?$/.test(lower) ? placeKeys.get(lower.replace(/\./g, '')) : undefined;
}

/** The country a nationality adjective belongs to ("Japanese" → "Japan"), or undefined. */
export function countryOfNationality(word: string): string | undefined {
  return nationalityOf.get(word.toLowerCase());
}

/** Longest number of words in a place name, to bound look-ups. */
export const MAX_PLACE_WORDS = 4;
