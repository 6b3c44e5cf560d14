// Little words of a question that say nothing about what she needs: "a place to stay in
// Glasgow", "我在格拉斯哥找医院", "ที่พักในกลาสโกว์". Words are matched by prefix and the
// services matching the most words win, so "in" (→ "inverness", "information") or "的" (in
// the need name "安全的住处") would otherwise pull results away from what she asked.
// Dropped from the query and from the index alike. Only function words: nothing that can
// name a need, a place or a service. English ones are dropped in every language, because
// service names, organisations and places are English in every index; except Vietnamese,
// whose syllables, once folded, are often English little words ("ẩn" → "an", "mẹ" → "me",
// "ổn" → "on").
import { foldText } from '../fold-text';

const STOPWORDS: Record<string, string> = {
  en: 'a an the to in into of for at on near and or with from by my me i im is am are need want where please',
  ro: 'și sau de la în din cu pe pentru un o unei unui mă eu îmi meu mea este sunt vreau caut nevoie unde',
  pl: 'i w we z ze na do od dla o u a lub oraz się mi mnie ja jest jestem chcę szukam potrzebuję gdzie',
  // Chinese as Intl.Segmenter splits it: "我在格拉斯哥找医院" → 我在|格拉|斯|哥|找|医院.
  zh: '的 了 在 和 与 及 或 是 我 我在 我想 我要 需要 要 想 找 有 没有 吗 呢 吧 个 很 可以 请 请问 里 去 到 给 哪里 附近',
  th: 'ใน ที่ ของ และ หรือ กับ ให้ ฉัน ดิฉัน หนู ผม อยาก ต้องการ หา ไป มี ไหม ครับ ค่ะ คะ แถว ใกล้',
  // "tôi" (I) folds to "toi" as "tối" (evening) does: "tonight" is written "đêm nay".
  vi: 'tôi và của tại với một những các cần muốn tìm',
  sq: 'të e i në dhe ose me për nga te tek një unë kam jam dua kërkoj ku',
  es: 'el la los las un una unos unas de del a al en con por para y o e mi me yo es estoy necesito quiero busco donde',
  ar: 'في من إلى على عن مع او أو انا أنا أريد احتاج أحتاج ابحث أبحث اين أين لي قرب',
};

const folded = new Map<string, ReadonlySet<string>>();

const OWN_ONLY = new Set(['vi']);

/**
 * The folded stop words of an index language (`lang`: "en", "zh"…) plus English's (but
 * for Vietnamese). Source: the STOPWORDS table above, written for Pathway; a language not
 * in it gets English's.
 */
export function stopwordsOf(lang: string): ReadonlySet<string> {
  let set = folded.get(lang);
  if (!set) {
    const text = lang === 'en' ? STOPWORDS.en! : `${OWN_ONLY.has(lang) ? '' : STOPWORDS.en} ${STOPWORDS[lang] ?? ''}`;
    set = new Set(foldText(text).split(/\s+/).filter(Boolean));
    folded.set(lang, set);
  }
  return set;
}
