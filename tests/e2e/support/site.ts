import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import type { ServiceData } from '../../../src/lib/schema/service';

const CLIENT = 'dist/client';

/** Every built page's URL path ("/", "/services/x/", "/ro/about/", "/404.html"). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        // Generated data (HSDS export, assets, the offline service-page shells) is not a page.
        if (!['_astro', 'hsds', 'directory'].includes(entry.name)) walk(path);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(CLIENT, path).split(sep).join('/');
        pages.push(rel === 'index.html' ? '/' : `/${rel.replace(/index\.html$/, '')}`);
      }
    }
  };
  walk(CLIENT);
  return pages.sort();
}

/** The services of the content folder, with their ids. */
export function contentServices(): (ServiceData & { id: string })[] {
  const dir = 'content/services';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(parse(readFileSync(join(dir, f), 'utf8')) as ServiceData) }));
}
