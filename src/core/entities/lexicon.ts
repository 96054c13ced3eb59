// Small, principled word lists: the world's countries with their adjectives, a few regions and
// capitals, international organisations known by acronym, the titles that announce a person and
// the words that announce an organisation. Nothing here is about any one article.

/** Country → nationality adjective(s). Adjectives fold to the country for place matching. */
const COUNTRIES: ReadonlyArray<readonly [string, ...string[]]> = [
  ['Afghanistan', 'Afghan'], ['Albania', 'Albanian'], ['Algeria', 'Algerian'], ['Angola', 'Angolan'],
  ['Argentina', 'Argentine', 'Argentinian'], ['Armenia', 'Armenian'], ['Australia', 'Australian'],
  ['Austria', 'Austrian'], ['Azerbaijan', 'Azerbaijani'], ['Bahrain', 'Bahraini'], ['Bangladesh', 'Bangladeshi'],
  ['Belarus', 'Belarusian'], ['Belgium', 'Belgian'], ['Bhutan', 'Bhutanese'], ['Bolivia', 'Bolivian'],
  ['Bosnia and Herzegovina', 'Bosnian'], ['Botswana', 'Botswanan'], ['Brazil', 'Brazilian'], ['Brunei', 'Bruneian'],
  ['Bulgaria', 'Bulgarian'], ['Cambodia', 'Cambodian'], ['Cameroon', 'Cameroonian'], ['Canada', 'Canadian'],
  ['Chile', 'Chilean'], ['China', 'Chinese'], ['Colombia', 'Colombian'], ['Costa Rica', 'Costa Rican'],
  ['Croatia', 'Croatian'], ['Cuba', 'Cuban'], ['Cyprus', 'Cypriot'], ['Czech Republic', 'Czech'], ['Czechia'],
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
  ['Turkey', 'Turkish'], ['Türkiye'], ['Turkmenistan', 'Turkmen'], ['Uganda', 'Ugandan'], ['Ukraine', 'Ukrainian'],
  ['United Arab Emirates', 'Emirati'], ['UAE'], ['United Kingdom', 'British'], ['UK'], ['Britain'],
  ['United States', 'American'], ['US'], ['U.S.'], ['USA'], ['Uruguay', 'Uruguayan'], ['Uzbekistan', 'Uzbek'],
  ['Venezuela', 'Venezuelan'], ['Vietnam', 'Vietnamese'], ['Viet Nam'], ['Yemen', 'Yemeni'], ['Zambia', 'Zambian'],
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

/** Regions and a few capitals and large cities that news wires name without a cue. */
const OTHER_PLACES = [
  'Asia', 'Europe', 'Africa', 'Oceania', 'Americas', 'Latin America', 'North America', 'South America',
  'Southeast Asia', 'South Asia', 'East Asia', 'Central Asia', 'Middle East', 'Indo-Pacific', 'Asia-Pacific',
  'Pacific', 'Atlantic', 'Mekong', 'East Sea', 'South China Sea', 'Gulf',
  'Hanoi', 'Ho Chi Minh City', 'Tokyo', 'Osaka', 'Beijing', 'Shanghai', 'Seoul', 'Bangkok', 'Jakarta', 'Manila',
  'Kuala Lumpur', 'Phnom Penh', 'Vientiane', 'Naypyidaw', 'Yangon', 'New Delhi', 'Delhi', 'Mumbai', 'Canberra',
  'Sydney', 'Wellington', 'Washington', 'New York', 'Ottawa', 'London', 'Paris', 'Berlin', 'Brussels', 'Rome',
  'Madrid', 'Moscow', 'Kyiv', 'Ankara', 'Istanbul', 'Cairo', 'Riyadh', 'Dubai', 'Abu Dhabi', 'Doha', 'Tehran',
  'Islamabad', 'Dhaka', 'Colombo', 'Kathmandu', 'Geneva', 'Vienna', 'Brasilia', 'Mexico City', 'Buenos Aires',
  'Nairobi', 'Addis Ababa', 'Pretoria', 'Johannesburg', 'Lagos', 'Taipei', 'Hong Kong', 'Da Nang', 'Hai Phong',
];

/** International organisations usually named by acronym. */
export const ORGANISATION_ACRONYMS = new Set([
  'UN', 'ASEAN', 'APEC', 'EU', 'NATO', 'WTO', 'IMF', 'OECD', 'WHO', 'UNESCO', 'UNICEF', 'UNDP', 'ILO', 'FAO',
  'G7', 'G20', 'BRICS', 'OPEC', 'ADB', 'AIIB', 'JICA', 'USAID', 'IAEA', 'WB', 'AU', 'SCO', 'CPTPP', 'RCEP', 'IPEF',
]);

/** Words that announce that the name before or around them is an organisation. */
export const ORGANISATION_CUES = new Set([
  'party', 'ministry', 'university', 'association', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'company',
  'co.', 'ltd', 'ltd.', 'group', 'bank', 'society', 'committee', 'assembly', 'agency', 'council', 'union',
  'organisation', 'organization', 'nations', 'alliance', 'forum', 'institute', 'fund', 'office', 'department',
  'government', 'parliament', 'congress', 'commission', 'federation', 'foundation', 'academy', 'court', 'senate',
  'diet', 'army', 'navy', 'police', 'authority', 'board', 'chamber', 'school', 'college', 'embassy', 'consulate',
  'secretariat', 'cabinet', 'bureau', 'house', 'times', 'news', 'post', 'press', 'airlines', 'airways', 'holdings',
]);

/** Titles that announce a person's name (lower-cased, longest first when matched). */
export const PERSON_TITLES = [
  'deputy prime minister', 'prime minister', 'general secretary', 'secretary general', 'secretary-general',
  'state president', 'vice president', 'president', 'foreign minister', 'deputy minister', 'minister',
  'ambassador', 'chairwoman', 'chairman', 'chairperson', 'chair', 'vice chairman', 'professor', 'prof.', 'dr.',
  'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr', 'governor', 'mayor', 'senator', 'congressman', 'congresswoman',
  'king', 'queen', 'emperor', 'empress', 'prince', 'princess', 'chancellor', 'premier', 'pm', 'director',
  'director general', 'director-general', 'ceo', 'lawmaker', 'parliamentarian', 'legislator', 'spokesperson',
  'spokesman', 'spokeswoman', 'envoy', 'consul', 'general', 'lieutenant general', 'colonel', 'admiral', 'secretary',
  'deputy', 'representative', 'commissioner', 'justice', 'judge', 'sheikh', 'pope',
] as const;

const placeKeys = new Map<string, string>(); // folded surface → canonical country or place
const nationalityOf = new Map<string, string>(); // folded adjective → country
for (const [country, ...adjectives] of COUNTRIES) {
  placeKeys.set(country.toLowerCase(), country);
  for (const adjective of adjectives) nationalityOf.set(adjective.toLowerCase(), country);
}
for (const place of OTHER_PLACES) placeKeys.set(place.toLowerCase(), place);

const placeFirstWords = new Set([...placeKeys.keys()].map((k) => k.split(/\s+/)[0]!));

/** Whether some place name of the lexicon starts with this word: a cheap test before longer look-ups. */
export function startsPlaceName(word: string): boolean {
  return placeFirstWords.has(word.toLowerCase());
}

/** The place a name stands for ("Viet Nam" → itself), or undefined. */
export function knownPlace(name: string): string | undefined {
  return placeKeys.get(name.toLowerCase());
}

/** The country a nationality adjective belongs to ("Japanese" → "Japan"), or undefined. */
export function countryOfNationality(word: string): string | undefined {
  return nationalityOf.get(word.toLowerCase());
}

/** Longest number of words in a place name, to bound look-ups. */
export const MAX_PLACE_WORDS = 4;
