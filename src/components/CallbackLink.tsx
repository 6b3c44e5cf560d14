// The way to the callback form, on the home page and every service page.
export interface CallbackLinkStrings { readonly heading: string; readonly text: string; readonly link: string }

export default function CallbackLink({ strings, href }: { strings: CallbackLinkStrings; href: string }) {
  return (
    <section class="callback-link" aria-labelledby="callback-link-heading">
      <h2 id="callback-link-heading">{strings.heading}</h2>
      <p>{strings.text}</p>
      <p><a class="button" href={href}>{strings.link}</a></p>
    </section>
  );
}
