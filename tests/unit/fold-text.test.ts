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
    expect(foldText('مُسَاعَدَة')).toBe('مساعدة');
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
