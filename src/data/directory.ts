// The one place pages read the directory from the content collections.
import { getCollection } from 'astro:content';
import type { Service } from '../lib/schema/service';
import type { NeedId } from '../lib/schema/taxonomy';
import { compareServices } from '../lib/directory';

export async function getServices(): Promise<Service[]> {
  const entries = await getCollection('services');
  return entries.map((e) => ({ id: e.id, ...e.data })).sort(compareServices);
}

export async function getRegions() {
  return (await getCollection('regions')).map((e) => e.data);
}

export async function getHubRegions() {
  return (await getRegions()).filter((r) => r.id !== 'national');
}

/** Needs in the content's order (the order people see them in). */
export async function getNeeds() {
  return (await getCollection('needs')).map((e) => e.data);
}

export async function getNeedOrder(): Promise<NeedId[]> {
  return (await getNeeds()).map((n) => n.id);
}

export async function getCouncilAreas() {
  return (await getCollection('councilAreas')).map((e) => e.data);
}
