// The body of a service page: one place renders it, at build time and on the phone
// (src/offline/compose.tsx), so the page the phone builds with no signal is the page the
// server sends (issue 15). Strings come translated (src/offline/service-strings.ts).
import PhoneLink from '../PhoneLink';
import EnglishOnlyNotice from '../EnglishOnlyNotice';
import CallbackLink from '../CallbackLink';
import { formatChecked } from '../../lib/dates';
import { splitAtMarker } from '../../lib/marker';
import { fill } from '../../lib/plural';
import { siteName } from '../../lib/urls';
import type { ServiceRecord } from '../../offline/service-record';
import OpeningHours from '../OpeningHours';
import type { ServiceStrings } from '../../offline/service-strings';

interface Props { service: ServiceRecord; strings: ServiceStrings }

export default function ServiceBody({ service: s, strings }: Props) {
  const t = (key: string) => strings.t[key] ?? key;
  const hoursStrings = {
    closed: t('hours.closed'), allDay: t('hours.allDay'),
    bankHolidaysClosed: t('hours.bankHolidays.closed'), bankHolidaysOpen: t('hours.bankHolidays.open'),
  };
  const checked = formatChecked(s.checked, strings.tag);
  const [orgBefore, orgAfter] = splitAtMarker(t('service.organisation'));
  const [dateBefore, dateAfter] = splitAtMarker(t('service.checked'));
  return (
    <article class="service" data-service={s.id}>
      <h1><bdi lang="en">{s.name}</bdi></h1>
      <EnglishOnlyNotice
        strings={{ notice: t('englishOnly.service'), interpreting: t('englishOnly.interpreting'), askInterpreter: t('englishOnly.askInterpreter') }}
        phrase={strings.phrase}
        hasLanguages={Boolean(s.languages)}
      />
      {s.kind === 'specialist' && <p class="badge">{t('service.specialist')}</p>}
      <p class="muted">{orgBefore}<bdi lang="en">{s.organisation}</bdi>{orgAfter}</p>
      {s.status === 'possibly-closed' && <p class="notice" data-status="possibly-closed">{t('service.possiblyClosed')}</p>}
      {s.status === 'unverified' && (
        <p class="muted" data-status="unverified">
          {fill(checked ? t('service.unverified.dated') : t('service.unverified'), { site: siteName(s.sources[0]!), date: checked ?? '' })}
        </p>
      )}
      <p lang="en" dir="ltr">{s.description}</p>

      <h2>{t('service.contact')}</h2>
      {/* Never a dead end (issue 16): with no number, the hub can put her in touch. */}
      {!s.phone && (
        <p data-no-phone>
          <a href={`${strings.root}callback/`}>{t('service.noPhone.hub')}</a>
          {s.website && <> {t('service.noPhone.website')}</>}
        </p>
      )}
      <dl class="facts">
        {s.phone && (
          <>
            <dt>{t('service.phone')}</dt>
            {s.phone.map((p) => (
              <dd>
                <bdi lang="en" dir="ltr">{p.label && <span>{p.label}: </span>}<PhoneLink number={p.number} />{p.hours && <span class="muted"> ({p.hours})</span>}</bdi>
                {p.week && <OpeningHours hours={p.week} tag={strings.tag} strings={hoursStrings} label={p.label ?? t('service.hours')} />}
              </dd>
            ))}
          </>
        )}
        {s.textphone && <><dt>{t('service.textphone')}</dt><dd><PhoneLink number={s.textphone} /></dd></>}
        {s.sms && <><dt>{t('service.sms')}</dt><dd><a href={`sms:${s.sms.replace(/\s/g, '')}`}><bdi dir="ltr">{s.sms}</bdi></a></dd></>}
        {s.email && <><dt>{t('service.email')}</dt><dd><a href={`mailto:${s.email}`}><bdi dir="ltr">{s.email}</bdi></a></dd></>}
        {s.website && <><dt>{t('service.website')}</dt><dd><a href={s.website} rel="noreferrer"><bdi dir="ltr">{s.website.replace(/^https?:\/\//, '')}</bdi></a></dd></>}
        {s.hours && (
          <>
            <dt>{t('service.hours')}</dt>
            <dd><span lang="en" dir="ltr">{s.hours}</span>{s.week && <OpeningHours hours={s.week} tag={strings.tag} strings={hoursStrings} label={t('service.hours')} />}</dd>
          </>
        )}
        {s.languages && <><dt id="languages">{t('service.languages')}</dt><dd lang="en" dir="ltr">{s.languages}</dd></>}
        <dt>{t('service.free')}</dt>
        <dd>{s.free ? t('service.free.yes') : t('service.free.unknown')}</dd>
        {s.address && <><dt>{t('service.address')}</dt><dd lang="en" dir="ltr">{s.address}</dd></>}
        <dt>{t('service.helpsWith')}</dt>
        <dd>{s.categories.map((c) => t(`need.${c}`)).join(', ')}</dd>
        <dt>{t('service.areas')}</dt>
        <dd>{s.allScotland ? t('service.areas.all') : <bdi lang="en">{s.councilAreas.join(', ')}</bdi>}</dd>
      </dl>

      {s.publicNotes && (
        <>
          <h2>{t('service.notes')}</h2>
          <p lang="en" dir="ltr">{s.publicNotes}</p>
        </>
      )}

      <CallbackLink
        strings={{ heading: t('callback.link.heading'), text: t('callback.link.text'), link: t('callback.link') }}
        href={`${strings.root}callback/`}
      />

      <section class="sources" aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t('service.sources')}</h2>
        <p data-checked>{checked ? <>{dateBefore}{checked}{dateAfter}</> : t('service.notChecked')}</p>
        <p class="muted">{t('service.checkedNote')}</p>
        <ul>
          {s.sources.map((url) => <li><a href={url} rel="noreferrer"><bdi dir="ltr">{siteName(url)}</bdi></a></li>)}
        </ul>
      </section>
    </article>
  );
}
