// Issue 19 against the real directory and the real strings of every language: what she
// would find first on the site.
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../src/lib/search/engine';
import { isListed } from '../../src/lib/directory';
import { realIndex, realServices } from './support/real-index';

const LANGS = ['en', 'ro', 'pl', 'zh', 'th', 'vi', 'sq', 'es', 'ar'] as const;
type Lang = (typeof LANGS)[number];
const services = realServices().filter(isListed);
const engines = new Map<Lang, SearchEngine>();
function engine(lang: Lang): SearchEngine {
  let e = engines.get(lang);
  if (!e) engines.set(lang, (e = new SearchEngine(realIndex(lang, services))));
  return e;
}
const first = (lang: Lang, q: string) => engine(lang).search(q).services[0];

// How people ask for a doctor, in each language (issue 19).
const DOCTOR: Record<Lang, string[]> = {
  en: ['doctor', 'GP', 'Doctor', 'ＧＰ'],
  ro: ['medic', 'doctor'],
  pl: ['lekarz', 'Lekarz'],
  zh: ['医生', '看医生'],
  th: ['หมอ', 'แพทย์', 'หาหมอ'],
  vi: ['bác sĩ', 'bac si'],
  sq: ['mjek', 'doktor'],
  es: ['médico', 'medico', 'doctor'],
  ar: ['طبيب', 'طـبـيـب'],
};

describe('health: NHS 24 first', () => {
  for (const lang of LANGS) {
    it(`${lang}: ${DOCTOR[lang].join(', ')}`, () => {
      for (const q of DOCTOR[lang]) {
        const top = first(lang, q);
        expect(top?.id, `${lang} "${q}"`).toBe('nhs-24');
        expect(top?.phones.length, q).toBeGreaterThan(0);
      }
    });
  }
});

// A safe place to stay (issue 19): not the Scottish Refugee Council by its name.
const REFUGE: Record<Lang, string> = { en: 'refuge', ro: 'refugiu', pl: 'schronisko', zh: '庇护所', th: 'ที่หลบภัย', vi: 'nơi trú ẩn', sq: 'strehimore', es: 'refugio', ar: 'ملجأ' };

describe('refuge: a safe place to stay and domestic abuse', () => {
  for (const lang of LANGS) {
    it(`${lang}: ${REFUGE[lang]}`, () => {
      const found = engine(lang).search(REFUGE[lang], {}, 10).services;
      expect(found[0]?.id).not.toMatch(/refugee/);
      for (const s of found) expect(s.needs.some((n) => n === 'housing' || n === 'domestic-abuse'), s.id).toBe(true);
      const all = engine(lang).search(REFUGE[lang], {}, 500).services;
      expect(all.some((s) => s.needs[0] === 'domestic-abuse'), 'a domestic abuse service').toBe(true);
    });
  }
});

// Right now (issue 19): crisis lines.
const NOW: Record<Lang, string[]> = {
  en: ['tonight', 'now', 'scared'],
  ro: ['diseară', 'acum', 'speriată'],
  pl: ['dziś', 'teraz', 'boję'],
  zh: ['今晚', '现在', '害怕'],
  th: ['คืนนี้', 'ตอนนี้', 'กลัว'],
  vi: ['đêm nay', 'bây giờ', 'sợ'],
  sq: ['sonte', 'tani', 'frikë'],
  es: ['esta noche', 'ahora', 'miedo'],
  ar: ['الليلة', 'الآن', 'خائفة'],
};

describe('tonight, now, scared: the emergency need', () => {
  for (const lang of LANGS) {
    it(`${lang}: ${NOW[lang].join(', ')}`, () => {
      for (const q of NOW[lang]) {
        const found = engine(lang).search(q, {}, 5).services;
        expect(found.length, q).toBeGreaterThan(0);
        for (const s of found) expect(s.needs, `${lang} "${q}": ${s.id}`).toContain('emergency');
        expect(found[0]!.reachable, q).toBe(true);
      }
    });
  }
});

describe('words run together and letters stretched', () => {
  it('zh: 格拉斯哥住房 finds what 住房 格拉斯哥 finds', () => {
    const a = engine('zh').search('格拉斯哥住房', {}, 500).services.map((s) => s.id);
    expect(a.length).toBeGreaterThan(0);
    expect(a).toEqual(engine('zh').search('住房 格拉斯哥', {}, 500).services.map((s) => s.id));
  });

  it('zh: 格拉斯哥的医院 finds health services for Glasgow', () => {
    const found = engine('zh').search('格拉斯哥的医院', {}, 500).services;
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) {
      expect(s.needs, s.id).toContain('health');
      expect(s.regions.some((r) => r === 'glasgow' || r === 'national'), s.id).toBe(true);
    }
    expect(found.map((s) => s.id)).toContain('nhs-24');
  });

  it('ar: ســكن finds what سكن finds', () => {
    const a = engine('ar').search('ســكن', {}, 500).services.map((s) => s.id);
    expect(a.length).toBeGreaterThan(0);
    expect(a).toEqual(engine('ar').search('سكن', {}, 500).services.map((s) => s.id));
  });

  it('th: ที่พักกลาสโกว์ (a place to stay, Glasgow) finds housing and refuges in Glasgow', () => {
    const found = engine('th').search('ที่พักกลาสโกว์', {}, 5).services;
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) expect(s.needs.some((n) => n === 'housing' || n === 'domestic-abuse'), s.id).toBe(true);
    expect(found[0]!.needs[0]).toBe('housing');
    expect(found[0]!.regions).toContain('glasgow');
  });
});

describe('ranking on the real directory', () => {
  it('never puts a service she cannot contact above one she can', () => {
    for (const q of ['housing', 'glasgow', 'leave selling sex', 'refuge', 'doctor', 'edinburgh']) {
      const found = engine('en').search(q, {}, 500).services;
      const firstUnreachable = found.findIndex((s) => !s.reachable);
      if (firstUnreachable >= 0) expect(found.slice(firstUnreachable).every((s) => !s.reachable), q).toBe(true);
    }
  });

  it('holds no possibly-closed service', () => {
    const closed = realServices().filter((s) => !isListed(s)).map((s) => s.id);
    expect(closed.length).toBeGreaterThan(0);
    for (const lang of ['en', 'ar'] as const) {
      const ids = engine(lang).services.map((s) => s.id);
      for (const id of closed) expect(ids).not.toContain(id);
    }
  });

  it('finds services that offer interpreting, in English and in Romanian', () => {
    const en = engine('en').search('interpreter', {}, 500).services;
    expect(en.map((s) => s.id)).toContain('nhs-24');
    for (const s of en) expect(s.languages, s.id).toBe(true);
    expect(engine('ro').search('interpret', {}, 500).services.map((s) => s.id)).toEqual(en.map((s) => s.id));
  });
});
