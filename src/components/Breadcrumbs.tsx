// In-page navigation that stands in for the browser's Back button (which Pathway keeps
// short on purpose: one history entry per visit). Rendered by Astro in the page layout
// and by src/offline/compose.tsx on service pages built on the phone.
export interface Crumb { href: string; label: string }

export default function Breadcrumbs({ crumbs, label }: { crumbs: readonly Crumb[]; label: string }) {
  if (crumbs.length === 0) return null;
  return (
    <nav class="breadcrumbs" aria-label={label}>
      <ol>
        {crumbs.map((c) => <li><a href={c.href}>{c.label}</a></li>)}
      </ol>
    </nav>
  );
}
