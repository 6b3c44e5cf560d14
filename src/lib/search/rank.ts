// The order of search results among services that match as many of her words (issue 19,
// part 2): what she can reach comes first, then how well it matches, then, among equal
// matches, what is surest and most use to her at any hour.
import { NEED_IDS } from '../schema/taxonomy';
import { isAlwaysOpen } from '../hours/week';
import type { SearchService } from './index-data';

/** Specialist services are why Pathway exists: a small lift so they are never buried. */
export const SPECIALIST_BOOST = 1.15;

/** The facts ranking reads, worked out once per index. */
export interface RankFacts {
  /** She can contact it (phone, textphone, SMS or email). */
  reachable: boolean;
  /** Lower first among equal scores (see tieRank). */
  tie: number;
}

/** A service's RankFacts: `reachable` from the index, `tie` from tieRank. */
export function rankFacts(s: SearchService): RankFacts {
  // An index from before `reachable` existed: a phone is the contact it knew of.
  return { reachable: s.reachable ?? s.phones.length > 0, tie: tieRank(s) };
}

/**
 * Lower first among equal scores, in this order of importance: confirmed by the hub
 * (status "active") before "unverified"; a service she can call before one she can only
 * text or email; a phone line open all day every day (a 24/7 line such as NHS 24 or a
 * helpline) before one with hours; then the most urgent of its needs (NEED_IDS order:
 * leaving, emergency, a safe place to stay…).
 */
export function tieRank(s: SearchService): number {
  const urgency = Math.min(...s.needs.map((n) => NEED_IDS.indexOf(n)).filter((i) => i >= 0), NEED_IDS.length);
  const confirmed = s.status === 'active' ? 0 : 1;
  const phone = s.phones.length > 0 ? 0 : 1;
  const alwaysOpen = s.phones.length > 0 && lineAlwaysOpen(s) ? 0 : 1;
  return confirmed * 1000 + phone * 100 + alwaysOpen * 50 + urgency;
}

function lineAlwaysOpen(s: SearchService): boolean {
  return s.phones.some((p) => {
    // A line without hours of its own keeps the service's.
    const week = p.week ?? s.week;
    return week !== undefined && isAlwaysOpen(week);
  });
}

/** A matched service: its place in the index and its match score (specialist boost applied). */
export interface Ranked {
  doc: number;
  score: number;
}

/**
 * Best first: a service she can contact before one she cannot, whatever the score (so no
 * boost lifts a service she cannot reach above one she can); then by score; then by
 * tieRank; then the directory's order (specialist first, then by name).
 */
export function compareRanked(facts: readonly RankFacts[]) {
  return (a: Ranked, b: Ranked): number => {
    const fa = facts[a.doc]!;
    const fb = facts[b.doc]!;
    return Number(fb.reachable) - Number(fa.reachable) || b.score - a.score || fa.tie - fb.tie || a.doc - b.doc;
  };
}

/** Filters without words: the directory's order, those she can contact first. */
export function compareListed(facts: readonly RankFacts[]) {
  return (a: Ranked, b: Ranked): number =>
    Number(facts[b.doc]!.reachable) - Number(facts[a.doc]!.reachable) || a.doc - b.doc;
}
