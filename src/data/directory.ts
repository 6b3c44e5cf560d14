// The one place pages read the directory from the content collections.
import { getCollection } from 'astro:content';
import { parse } from 'yaml';
import needsYaml from '../../content/needs.yaml?raw';
import regionsYaml from '../../content/regions.yaml?raw';
import type { Service } from '../lib/schema/service';
import type { NeedId } from '../lib/schema/taxonomy';
import { compareServices, isListed } from '../lib/directory';
import { areaRegionsFrom, hubRegionsOf } from '../lib/regions';

/**
 * Every published service (closed ones are not), with its hub regions derived from its
 * council areas. Possibly-closed services are here (their page says so) but lists and
 * search leave them out (listedServices).
 */
export async function getServices(): Promise<Service[]> {
  const entries = await getCollection('services');
  const areaRegions = areaRegionsFrom(await getCouncilAreas());
  return entries
    .filter((e) => e.data.status !== 'closed')
    .map((e) => ({ id: e.id, ...e.data, regions: hubRegionsOf(e.data.councilAreas, areaRegions) }))
    .sort(compareServices);
}

/** The services she meets in lists and search: not those that may have closed. */
export async function getListedServices(): Promise<Service[]> {
  return (await getServices()).filter(isListed);
}

/**
 * Entries in the order their YAML file lists them: the content layer hands them back
 * sorted by id, but regions are in rollout order and needs in the order people see them.
 */
function inFileOrder<T extends { id: string }>(items: T[], yaml: string): T[] {
  const order = (parse(yaml) as { id: string }[]).map((e) => e.id);
  return [...items].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

export async function getRegions() {
  return inFileOrder((await getCollection('regions')).map((e) => e.data), regionsYaml);
}

export async function getHubRegions() {
  return (await getRegions()).filter((r) => r.id !== 'national');
}

/** Needs in the content's order (the order people see them in). */
export async function getNeeds() {
  return inFileOrder((await getCollection('needs')).map((e) => e.data), needsYaml);
}

export async function getNeedOrder(): Promise<NeedId[]> {
  return (await getNeeds()).map((n) => n.id);
}

export async function getCouncilAreas() {
  return (await getCollection('councilAreas')).map((e) => e.data);
}
