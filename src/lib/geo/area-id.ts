/** A council area's id, as in content/council-areas.yaml: "City of Edinburgh" → "city-of-edinburgh". */
export function areaId(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
