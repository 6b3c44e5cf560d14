// Content Service → one fully expanded HSDS 3.0 service record. Pure: the names it
// needs come in through the Vocabulary. Only facts in the content are written; a field
// the content does not have is left out, never filled with a guess.
import type { Service } from '../schema/service';
import { isPostalOnly, structureAddress } from './address';
import { hsdsId, organizationUuid, serviceUuid } from './ids';
import type {
  HsdsAttribute,
  HsdsLocation,
  HsdsPhone,
  HsdsService,
  HsdsServiceArea,
  HsdsServiceAtLocation,
} from './types';
import { attribute, type Vocabulary } from './vocabulary';

// ONS's persistent identifiers for GSS codes, e.g. .../statistical-geography/S12000036.
const GSS_URI = 'http://statistics.data.gov.uk/id/statistical-geography/';

function phones(service: Service, id: string, vocab: Vocabulary): HsdsPhone[] {
  const list: HsdsPhone[] = (service.phone ?? []).map((p, i) => {
    const phoneId = hsdsId('service', service.id, 'phone', i);
    const owner = { id: phoneId, entity: 'phone' } as const;
    const attrs: HsdsAttribute[] = [
      ...(p.hours ? [attribute(owner, 'detail', 'phone-hours', vocab, { value: p.hours })] : []),
      ...(p.openingHours ? [attribute(owner, 'detail', 'opening-hours', vocab, { value: p.openingHours })] : []),
    ];
    return {
      id: phoneId,
      service_id: id,
      number: p.number,
      type: 'voice',
      ...(p.label ? { description: p.label } : {}),
      ...(attrs.length ? { attributes: attrs } : {}),
    };
  });
  // RFC 6350 phone types, as HSDS asks: "textphone" and "text" (SMS).
  if (service.textphone) {
    list.push({ id: hsdsId('service', service.id, 'textphone'), service_id: id, number: service.textphone, type: 'textphone' });
  }
  if (service.sms) list.push({ id: hsdsId('service', service.id, 'sms'), service_id: id, number: service.sms, type: 'text' });
  return list;
}

function serviceAreas(service: Service, id: string, vocab: Vocabulary): HsdsServiceArea[] {
  return service.councilAreas.map((name) => {
    const code = vocab.councilAreaCodes[name];
    return {
      id: hsdsId('service', service.id, 'area', name),
      service_id: id,
      name,
      description: 'Council area',
      ...(code ? { uri: `${GSS_URI}${code}` } : {}),
    };
  });
}

/** The location's id, so an import can tell Pathway's own locations from another hub's. */
export const locationUuid = (contentId: string) => hsdsId('service', contentId, 'location');

function serviceAtLocations(service: Service, id: string): HsdsServiceAtLocation[] {
  if (!service.address && !service.location) return [];
  const locationId = locationUuid(service.id);
  const location: HsdsLocation = {
    id: locationId,
    location_type: service.address && isPostalOnly(service.address) ? 'postal' : 'physical',
    name: service.organisation,
  };
  if (service.address) {
    // The address as published; the structured form only when it holds no guess.
    location.description = service.address;
    const structured = structureAddress(service.address);
    if (structured) {
      location.addresses = [
        { id: hsdsId('service', service.id, 'address'), location_id: locationId, ...structured, address_type: location.location_type },
      ];
    }
  }
  if (service.location) {
    location.latitude = service.location.lat;
    location.longitude = service.location.lon;
  }
  return [{ id: hsdsId('service', service.id, 'service-at-location'), service_id: id, location_id: locationId, location }];
}

function attributes(service: Service, id: string, vocab: Vocabulary): HsdsAttribute[] {
  const owner = { id, entity: 'service' };
  return [
    attribute(owner, 'detail', 'content-id', vocab, { value: service.id }),
    attribute(owner, 'kind', service.kind, vocab),
    // In order: the first need is the service's main need.
    ...service.categories.map((need) => attribute(owner, 'need', need, vocab)),
    ...service.regions.map((region) => attribute(owner, 'region', region, vocab)),
    ...service.sources.map((url, index) => attribute(owner, 'detail', 'source', vocab, { value: url, index })),
    // Public notes only: the editor's notes are for the coordinator and never leave the content.
    ...(service.publicNotes ? [attribute(owner, 'detail', 'note', vocab, { value: service.publicNotes })] : []),
    ...(service.openingHours ? [attribute(owner, 'detail', 'opening-hours', vocab, { value: service.openingHours })] : []),
    attribute(owner, 'detail', 'status', vocab, { value: service.status }),
  ];
}

/** One content service as an HSDS 3.0 service, with everything it links to nested inside. */
export function toHsdsService(service: Service, vocab: Vocabulary): HsdsService {
  const id = serviceUuid(service.id);
  const organizationId = organizationUuid(service.organisation);
  const record: HsdsService = {
    id,
    organization_id: organizationId,
    name: service.name,
    description: service.description,
    // HSDS's own status: a service that may have closed is "inactive" until the hub knows.
    status: service.status === 'possibly-closed' ? 'inactive' : service.status === 'closed' ? 'defunct' : 'active',
  };
  if (service.website) record.url = service.website;
  if (service.email) record.email = service.email;
  // Pathway's languages field is free text about interpreting, which is what this is.
  if (service.languages) record.interpretation_services = service.languages;
  if (service.free === true) record.fees_description = 'Free';
  if (service.free === false) record.fees_description = 'There is a charge.';
  // "The date that the information about the service was last checked": exactly
  // Pathway's checked date, kept at the precision the source gave.
  if (service.checked) record.assured_date = service.checked;
  const phoneList = phones(service, id, vocab);
  if (phoneList.length) record.phones = phoneList;
  // Hours are free text in the content, so they go in schedule.description; no
  // opens_at/byday is made up from them.
  if (service.hours) record.schedules = [{ id: hsdsId('service', service.id, 'schedule'), service_id: id, description: service.hours }];
  record.service_areas = serviceAreas(service, id, vocab);
  const locations = serviceAtLocations(service, id);
  if (locations.length) record.service_at_locations = locations;
  // HSDS requires a description and the content has none; this one says only what the
  // directory knows, and is the same in every record that shares the organization id.
  record.organization = {
    id: organizationId,
    name: service.organisation,
    description: `${service.organisation} runs one or more of the services listed in Pathway.`,
  };
  if (service.free === true) {
    record.cost_options = [{ id: hsdsId('service', service.id, 'cost'), service_id: id, option: 'Free', currency: 'GBP', amount: 0 }];
  }
  record.attributes = attributes(service, id, vocab);
  return record;
}
