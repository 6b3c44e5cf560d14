// Issue 19, part 1: one way of splitting text into words for the index and the query.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/lib/search/fold';
import { foldText } from '../../src/lib/fold-text';
import { spaceWords } from '../../src/lib/search/segment';
import { stopwordsOf } from '../../src/lib/search/stopwords';

/** Words as the build splits them: with the language's stop words. */
const words = (text: string, lang = 'en') => tokenize(text, lang, stopwordsOf(lang));

describe('tokenize', () => {
  it('splits on spaces and punctuation, folded, as before', () => {
    expect(words('  Housing, Glasgow-City! ')).toEqual(['housing', 'glasgow', 'city']);
    expect(words('Women’s Aid, Bo\'ness 24/7')).toEqual(['womens', 'aid', 'boness', '24', '7']);
  });

  it('finds the words of Chinese written without spaces, the same with or without them', () => {
    expect(words('格拉斯哥住房', 'zh')).toEqual(words('格拉斯哥 住房', 'zh'));
    expect(words('格拉斯哥住房', 'zh')).toContain('住房');
    expect(new Set(words('住房 格拉斯哥', 'zh'))).toEqual(new Set(words('格拉斯哥住房', 'zh')));
  });

  it('splits a Chinese place name the same way alone, in a phrase and beside English', () => {
    const glasgow = words('格拉斯哥', 'zh');
    expect(words('格拉斯哥的医院', 'zh')).toEqual([...glasgow, '医院']);
    expect(words('格拉斯哥（Glasgow）', 'zh')).toEqual([...glasgow, 'glasgow']);
  });

  it('finds the words of Thai written without spaces', () => {
    const thai = words('หาหมอที่กลาสโกว์', 'th');
    expect(thai).toContain('หมอ');
    expect(thai).not.toContain('หา');
  });

  it('normalises before splitting: full-width, zero-width, tatweel', () => {
    expect(words('ＧＰ　Ｇｌａｓｇｏｗ')).toEqual(['gp', 'glasgow']);
    expect(words('hou\u200Bsing')).toEqual(['housing']);
    expect(words('ســكن في غلاسكو', 'ar')).toEqual(['سكن', 'غلاسكو']);
  });

  it('drops the little words of a question, in the language and in English', () => {
    expect(words('a safe place to stay in Glasgow')).toEqual(['safe', 'place', 'stay', 'glasgow']);
    expect(words('我在格拉斯哥找医院', 'zh')).toEqual([...words('格拉斯哥', 'zh'), '医院']);
    expect(words('necesito un médico en Glasgow', 'es')).toEqual(['medico', 'glasgow']);
    expect(words('the doctor', 'pl')).toEqual(['doctor']);
  });
});

describe('spaceWords', () => {
  it('leaves text of spaced scripts untouched (no segmenter needed)', () => {
    expect(spaceWords('housing glasgow', 'en')).toBe('housing glasgow');
    expect(spaceWords('سكن غلاسكو', 'ar')).toBe('سكن غلاسكو');
  });

  it('puts spaces between Chinese words, whatever the language tag', () => {
    expect(spaceWords('医生护士', 'zh').trim().split(/\s+/)).toEqual(['医生', '护士']);
    expect(spaceWords('医生护士', 'not a tag!').trim().split(/\s+/)).toEqual(['医生', '护士']);
  });
});

describe('stopwordsOf', () => {
  it('has folded stop words for every language of the site, English in each', () => {
    for (const lang of ['en', 'ro', 'pl', 'zh', 'th', 'vi', 'sq', 'es', 'ar']) {
      const stop = stopwordsOf(lang);
      expect(stop.has('the'), lang).toBe(lang !== 'vi');
      expect(stop.size, lang).toBeGreaterThan(5);
    }
    // Folded Vietnamese syllables are often English little words: "trú ẩn" (refuge) keeps "an".
    expect(words('nơi trú ẩn', 'vi')).toEqual(['noi', 'tru', 'an']);
    expect(stopwordsOf('ro').has('si')).toBe(true);
    expect(stopwordsOf('ar').has('الي')).toBe(true);
  });

  it('never drops a word people search by: a keyword of a need of three letters or more', () => {
    for (const lang of ['en', 'ro', 'pl', 'zh', 'th', 'vi', 'sq', 'es', 'ar']) {
      const t = JSON.parse(readFileSync(`src/i18n/locales/${lang}.json`, 'utf8')) as Record<string, string>;
      const stop = stopwordsOf(lang);
      for (const [key, text] of Object.entries(t)) {
        if (!key.startsWith('find.keywords.')) continue;
        // Short ones are the little words of a phrase: "loc de muncă", "punë e detyruar".
        const long = text.split(/\s+/).filter((w) => [...w].length >= 3);
        for (const w of long) expect(stop.has(foldText(w)), `${lang} ${key}: ${w}`).toBe(false);
        // Chinese and Thai have no spaces inside a phrase: at least every phrase keeps a word.
        expect(words(text, lang).length, `${lang}: ${text}`).toBeGreaterThan(0);
      }
    }
  });
});
