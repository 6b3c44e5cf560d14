// The closed vocabularies of the directory. Kept in code (not only in content) so that
// a misspelt region or need in a service file is caught by the schema at build time.

export const REGION_IDS = [
  'national',
  'edinburgh-borders',
  'highland',
  'perth-kinross',
  'aberdeen',
  'dundee',
  'glasgow',
  'ayrshire',
] as const;
export type RegionId = (typeof REGION_IDS)[number];

/** The hub regions a woman can browse: every region but "national". */
export const HUB_REGION_IDS = REGION_IDS.filter(
  (id): id is Exclude<RegionId, 'national'> => id !== 'national',
);

export const NEED_IDS = [
  'exit-support',
  'emergency',
  'housing',
  'health',
  'sexual-health',
  'mental-health',
  'substance-use',
  'social-security',
  'money-advice',
  'employment',
  'education',
  'legal-justice',
  'immigration',
  'domestic-abuse',
  'sexual-violence',
  'trafficking',
] as const;
export type NeedId = (typeof NEED_IDS)[number];

export const COUNCIL_AREA_NAMES = [
  'Aberdeen City',
  'Aberdeenshire',
  'Angus',
  'Argyll and Bute',
  'City of Edinburgh',
  'Clackmannanshire',
  'Dumfries and Galloway',
  'Dundee City',
  'East Ayrshire',
  'East Dunbartonshire',
  'East Lothian',
  'East Renfrewshire',
  'Falkirk',
  'Fife',
  'Glasgow City',
  'Highland',
  'Inverclyde',
  'Midlothian',
  'Moray',
  'Na h-Eileanan Siar',
  'North Ayrshire',
  'North Lanarkshire',
  'Orkney Islands',
  'Perth and Kinross',
  'Renfrewshire',
  'Scottish Borders',
  'Shetland Islands',
  'South Ayrshire',
  'South Lanarkshire',
  'Stirling',
  'West Dunbartonshire',
  'West Lothian',
] as const;
export type CouncilAreaName = (typeof COUNCIL_AREA_NAMES)[number];

export const SERVICE_KINDS = ['specialist', 'mainstream'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];
