// The parts of HSDS 3.0 (https://docs.openreferral.org/en/v3.0/) that Pathway writes and
// reads. The official JSON Schemas in content/hsds-3.0/ are the authority; these types
// only let TypeScript check the mapping. Optional fields are left out, never null.

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  version?: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code?: string;
  name: string;
  description: string;
  taxonomy?: string;
  taxonomy_id?: string;
  taxonomy_detail?: HsdsTaxonomy;
  language?: string;
}

export interface HsdsAttribute {
  id: string;
  link_id?: string;
  link_type?: string;
  link_entity?: string;
  taxonomy_term_id?: string;
  taxonomy_term?: HsdsTaxonomyTerm;
  value?: string;
}

export interface HsdsPhone {
  id: string;
  service_id?: string;
  number: string;
  type?: string;
  description?: string;
  attributes?: HsdsAttribute[];
}

export interface HsdsSchedule {
  id: string;
  service_id?: string;
  description?: string;
  opens_at?: string;
  closes_at?: string;
  byday?: string;
  freq?: string;
}

export interface HsdsServiceArea {
  id: string;
  service_id?: string;
  name?: string;
  description?: string;
  uri?: string;
}

export interface HsdsAddress {
  id: string;
  location_id?: string;
  address_1: string;
  address_2?: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical' | 'postal' | 'virtual';
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical' | 'postal' | 'virtual';
  name?: string;
  description?: string;
  latitude?: number;
  longitude?: number;
  addresses?: HsdsAddress[];
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id?: string;
  location_id?: string;
  location?: HsdsLocation;
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  website?: string;
}

export interface HsdsCostOption {
  id: string;
  service_id?: string;
  option?: string;
  currency?: string;
  amount?: number;
}

export interface HsdsLanguage {
  id: string;
  name?: string;
  code?: string;
  note?: string;
}

export interface HsdsService {
  id: string;
  organization_id?: string;
  name: string;
  description?: string;
  url?: string;
  email?: string;
  status: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
  interpretation_services?: string;
  fees_description?: string;
  assured_date?: string;
  phones?: HsdsPhone[];
  schedules?: HsdsSchedule[];
  service_areas?: HsdsServiceArea[];
  service_at_locations?: HsdsServiceAtLocation[];
  languages?: HsdsLanguage[];
  organization?: HsdsOrganization;
  cost_options?: HsdsCostOption[];
  attributes?: HsdsAttribute[];
}

/** HSDS's paginated list (the `Page` schema of the HSDS 3.0 OpenAPI file). */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}
