// The hub's settings (content/hub.yaml), checked when the site is built.
import { parse } from 'yaml';
import hubYaml from '../../content/hub.yaml?raw';
import { parseHubSettings, type HubSettings } from '../lib/schema/hub';

export const hubSettings: HubSettings = parseHubSettings(parse(hubYaml), 'content/hub.yaml');
