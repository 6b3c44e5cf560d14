// Deterministic synthetic directories for the search benchmark. Never shipped: the names
// are made up from realistic parts so that word counts and lengths resemble a real
// directory of Scottish services.
import type { Service } from '../../src/lib/schema/service';
import { COUNCIL_AREA_NAMES, NEED_IDS, REGION_IDS } from '../../src/lib/schema/taxonomy';

/** Small, fast, seedable PRNG (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOWNS = [
  'Glasgow', 'Edinburgh', 'Aberdeen', 'Dundee', 'Inverness', 'Perth', 'Stirling', 'Paisley',
  'Kilmarnock', 'Ayr', 'Irvine', 'Greenock', 'Hamilton', 'Motherwell', 'Airdrie', 'Livingston',
  'Dunfermline', 'Kirkcaldy', 'Falkirk', 'Dumfries', 'Galashiels', 'Hawick', 'Elgin', 'Fort William',
  'Oban', 'Wick', 'Thurso', 'Arbroath', 'Forfar', 'Montrose', 'Peterhead', 'Fraserburgh', 'Stornoway',
  'Lerwick', 'Kirkwall', 'Dumbarton', 'Clydebank', 'East Kilbride', 'Cumbernauld', 'Coatbridge',
];
const WHAT = [
  'Housing', 'Homelessness', 'Women\'s Aid', 'Rape Crisis', 'Recovery', 'Advice', 'Money Advice',
  'Welfare Rights', 'Sexual Health', 'Mental Health', 'Wellbeing', 'Employability', 'Learning',
  'Legal Advice', 'Immigration Advice', 'Refuge', 'Drop-in', 'Outreach', 'Drug and Alcohol',
  'Food Bank', 'Family Support', 'Counselling', 'Peer Support', 'Youth', 'Justice', 'Health',
];
const FORM = ['Service', 'Project', 'Centre', 'Team', 'Hub', 'Network', 'Partnership', 'Line', 'Clinic', 'Group'];
const ORG = [
  'Council', 'NHS', 'Citizens Advice Bureau', 'Women\'s Aid', 'Rape Crisis Centre', 'Housing Association',
  'Community Trust', 'Health and Social Care Partnership', 'Law Centre', 'Churches Together', 'Sacro',
  'Simon Community', 'Shelter', 'Turning Point', 'Barnardo\'s', 'Samaritans', 'Bethany Christian Trust',
];
const DESCRIPTION_WORDS = (
  'support advice women safe confidential free help housing benefits health drop-in appointment ' +
  'referral outreach practical emotional workers children families local national phone online'
).split(' ');

const SYLLABLES = ['ka', 'ri', 'mo', 'sel', 'an', 'dra', 'lin', 'to', 'be', 'ha', 'ven', 'su', 'ma', 'gor', 'el', 'ni', 'ar', 'cla', 'da', 'fi'];

/** A made-up proper name ("Selmoari"): real directories are full of names like it. */
function properName(rnd: () => number): string {
  const length = 2 + Math.floor(rnd() * 3);
  const word = Array.from({ length }, () => pick(rnd, SYLLABLES)).join('');
  return word[0]!.toUpperCase() + word.slice(1);
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

export function syntheticServices(count: number, seed = 1): Service[] {
  const rnd = random(seed);
  const services: Service[] = [];
  for (let i = 0; i < count; i++) {
    const town = pick(rnd, TOWNS);
    const national = rnd() < 0.05;
    const name = `${rnd() < 0.5 ? `${town} ` : ''}${pick(rnd, WHAT)} ${pick(rnd, FORM)}`;
    const areas = national
      ? [...COUNCIL_AREA_NAMES]
      : [pick(rnd, COUNCIL_AREA_NAMES), ...(rnd() < 0.3 ? [pick(rnd, COUNCIL_AREA_NAMES)] : [])];
    const needs = [pick(rnd, NEED_IDS), ...(rnd() < 0.6 ? [pick(rnd, NEED_IDS)] : [])];
    services.push({
      id: `synthetic-${i}`,
      name,
      organisation: rnd() < 0.4 ? `${properName(rnd)} ${pick(rnd, ORG)}` : `${rnd() < 0.6 ? `${town} ` : ''}${pick(rnd, ORG)}`,
      kind: rnd() < 0.1 ? 'specialist' : 'mainstream',
      status: 'unverified',
      categories: [...new Set(needs)],
      regions: national ? ['national'] : [pick(rnd, REGION_IDS.filter((r) => r !== 'national'))],
      councilAreas: [...new Set(areas)],
      description: Array.from({ length: 30 }, () => pick(rnd, DESCRIPTION_WORDS)).join(' '),
      phone: [{ number: `0${Math.floor(1000000000 + rnd() * 8999999999)}`.slice(0, 11) }],
      free: rnd() < 0.5 ? true : null,
      ...(rnd() < 0.2 ? { languages: 'Interpreters on request' } : {}),
      sources: ['https://example.org/'],
      checked: '2025-06',
    });
  }
  return services;
}
