import { fillParts } from '../../lib/plural';

interface Props {
  template: string;
  values: Record<string, string | number>;
  /** Values that are English names (council areas, services) in any page language. */
  english?: string[];
}

/** A translated sentence with its values filled in, English names marked as such. */
export function Filled({ template, values, english = ['area', 'name'] }: Props) {
  return (
    <>
      {fillParts(template, values).map((part) =>
        typeof part === 'string' ? part : english.includes(part.name) ? <bdi lang="en">{part.value}</bdi> : part.value,
      )}
    </>
  );
}
