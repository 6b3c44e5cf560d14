import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/lib/fold-text';
import { MARKER, splitAtMarker } from '../../src/lib/marker';

describe('foldText', () => {
  it('drops accents and case in Romanian, both comma and cedilla forms', () => {
    expect(foldText('Locuință și SĂNĂTATE')).toBe('locuinta si sanatate');
    expect(foldText('ş ţ ș ț Â Î')).toBe('s t s t a i');
  });

  it('folds Polish letters, including ł which NFD leaves alone', () => {
    expect(foldText('Łódź, Zdrowie psychiczne, Pomoc prawna, żółć')).toBe('lodz, zdrowie psychiczne, pomoc prawna, zolc');
  });

  it('folds Vietnamese stacked marks and đ', () => {
    expect(foldText('Đà Nẵng, Sức khỏe tinh thần')).toBe('da nang, suc khoe tinh than');
  });

  it('folds Albanian and Spanish', () => {
    expect(foldText('Shëndeti, Çdo, Niño, Vivienda, Ñ')).toBe('shendeti, cdo, nino, vivienda, n');
  });

  it('keeps Chinese and Arabic letters, dropping Arabic short vowels', () => {
    expect(foldText('格拉斯哥')).toBe('格拉斯哥');
    // Teh marbuta ة folds to heh ه since issue 19 (was kept as ة).
    expect(foldText('مُسَاعَدَة')).toBe('مساعده');
  });

  it('removes Arabic tatweel, so a stretched word is the word', () => {
    expect(foldText('ســـكن')).toBe(foldText('سكن'));
    expect(foldText('طـبـيـب')).toBe('طبيب');
  });

  it('unifies Arabic letter variants: alef forms, alef maqsura, teh marbuta, Persian yeh and kaf', () => {
    expect(foldText('أمان إقامة آمن ٱلآن')).toBe('امان اقامه امن الان');
    expect(foldText('مستشفى')).toBe(foldText('مستشفي'));
    expect(foldText('ممرضة')).toBe(foldText('ممرضه'));
    expect(foldText('مساعدة')).toBe(foldText('مساعده'));
    expect(foldText('یک')).toBe('يك');
    // Arabic presentation forms (from some old keyboards and PDFs) are letters again.
    expect(foldText('ﻃﺒﻴﺐ')).toBe('طبيب');
  });

  it('keeps Thai vowel signs and tone marks, which are part of the word', () => {
    expect(foldText('ที่พัก')).toBe('ที่พัก');
    expect(foldText('แพทย์')).toBe('แพทย์');
  });

  it('reads full-width letters and digits as ordinary ones', () => {
    expect(foldText('ＧＰ　ＥＨ６ ５ＡＡ')).toBe('gp eh6 5aa');
    expect(foldText('ｈｏｕｓｉｎｇ')).toBe('housing');
  });

  it('removes zero-width and other invisible characters, inside words too', () => {
    expect(foldText('hou\u200Bsing\u200C \uFEFFglas\u2060gow\u200D')).toBe('housing glasgow');
    expect(foldText('\u200Fسكن\u200E')).toBe('سكن');
  });

  it('reads Eastern Arabic digits as 0–9', () => {
    expect(foldText('١١١ ۱۱۱')).toBe('111 111');
  });

  it('leaves plain text as it is, so folding twice changes nothing', () => {
    const once = foldText('Édimbourg ÆSIR straße');
    expect(once).toBe('edimbourg aesir strasse');
    expect(foldText(once)).toBe(once);
  });
});

describe('splitAtMarker', () => {
  it('splits a translated sentence around the marker', () => {
    expect(splitAtMarker(`Run by ${MARKER}.`)).toEqual(['Run by ', '.']);
    expect(splitAtMarker(`${MARKER} 主办`)).toEqual(['', ' 主办']);
  });

  it('says what is wrong when a translation lost its placeholder', () => {
    expect(() => splitAtMarker('Run by')).toThrow(/exactly once/);
  });
});
