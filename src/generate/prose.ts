import * as L from './lexicon.ts';
import type { Rng } from './prng.ts';

/** What one story is about, so its title, sentences and caption agree with each other. */
export interface Topic {
  place: string;
  organ: string;
  matter: string;
  verb: string;
}

/** An invented place name such as 青禾县 or 云泽市石岭镇. */
function placeName(rng: Rng): string {
  const one = () => rng.pick(L.PLACE_HEADS) + rng.pick(L.PLACE_TAILS);
  if (rng.chance(0.25)) return `${one()}${rng.pick(['市', '县'])}${one()}${rng.pick(['镇', '乡', '街道', '村'])}`;
  return one() + rng.pick(L.PLACE_LEVELS);
}

/** An invented personal name of two or three characters. */
export function personName(rng: Rng): string {
  const given = rng.chance(0.6) ? rng.pick(L.GIVEN) + rng.pick(L.GIVEN) : rng.pick(L.GIVEN);
  return rng.pick(L.SURNAMES) + given;
}

/** A fresh topic for one story. */
export function topicFor(rng: Rng): Topic {
  return { place: placeName(rng), organ: rng.pick(L.ORGANS), matter: rng.pick(L.MATTERS), verb: rng.pick(L.VERBS) };
}

/** A headline for the topic; some have two halves separated by a space or a colon. */
export function headline(rng: Rng, t: Topic): string {
  switch (rng.int(0, 4)) {
    case 0:
      return `${t.place}${t.organ}${t.verb}${t.matter}`;
    case 1:
      return `${rng.pick(L.FOUR_PHRASES)}${t.matter} ${rng.pick(L.FOUR_PHRASES)}${rng.pick(L.GAINS)}`;
    case 2:
      return `${t.place}：${t.matter}${rng.pick(L.FOUR_PHRASES)}`;
    case 3:
      return `${t.verb}${t.matter} 为群众解决${rng.pick(L.PROBLEMS)}`;
    default:
      return `${t.place}${t.matter}跑出${rng.pick(L.GAINS)}`;
  }
}

/** A subtitle without its leading dash: what the feature is a record of. */
export function subtitle(rng: Rng, t: Topic): string {
  return rng.chance(0.5)
    ? `${t.place}${t.organ}${t.verb}${t.matter}工作纪实`
    : `记${t.place}${rng.pick(L.POSITIONS)}${personName(rng)}`;
}

/** A subhead inside a feature: two set phrases, or one phrase about the matter. */
export function subhead(rng: Rng, t: Topic): string {
  return rng.chance(0.6)
    ? `${rng.pick(L.FOUR_PHRASES)}${rng.pick(['，', ' ', ''])}${rng.pick(L.FOUR_PHRASES)}`
    : `${rng.pick(L.FOUR_PHRASES)}${t.matter}`;
}

/** One sentence of news prose about the topic, ending in a full stop. */
function sentence(rng: Rng, t: Topic): string {
  const n = rng.int(2, 98);
  switch (rng.int(0, 7)) {
    case 0:
      return `${rng.pick(L.WHENS)}，${t.place}${t.organ}${t.verb}${t.matter}，${rng.pick(L.RESULTS)}。`;
    case 1:
      return `${t.organ}把${t.matter}作为${rng.pick(['重点工作', '民生实事', '头号工程', '年度任务'])}，${rng.pick(L.VERBS)}${rng.pick(L.MATTERS)}，${rng.pick(L.RESULTS)}。`;
    case 2:
      return `“以前${rng.pick(L.PROBLEMS)}，现在${rng.pick(L.FOUR_PHRASES)}，我们心里踏实多了。”${rng.pick(L.POSITIONS)}${personName(rng)}说。`;
    case 3:
      return `截至${rng.int(1, 12)}月底，${t.place}已完成${t.matter}${n}${rng.pick(L.MEASURES)}，比去年同期增长${rng.int(3, 60)}.${rng.int(1, 9)}%。`;
    case 4:
      return `${rng.pick(L.FOUR_PHRASES)}，${rng.pick(L.FOUR_PHRASES)}，${t.organ}${rng.pick(L.VERBS)}${rng.pick(L.MATTERS)}，有效解决了${rng.pick(L.PROBLEMS)}等问题。`;
    case 5:
      return `据了解，${t.place}共有${n}个${rng.pick(['小区', '行政村', '企业', '网点', '学校'])}参与${t.matter}，累计服务群众${rng.int(2, 90)}00余人次。`;
    case 6:
      return `${rng.pick(L.POSITIONS)}${personName(rng)}介绍，下一步将${rng.pick(L.VERBS)}${rng.pick(L.MATTERS)}，推动《${t.matter}${rng.pick(['实施方案', '工作清单', '三年行动计划'])}》落地见效。`;
    default:
      return `“我们将继续${rng.pick(L.VERBS)}${t.matter}，让群众得到更多实惠。”${rng.pick(L.POSITIONS)}${personName(rng)}表示。`;
  }
}

/** A paragraph of a few sentences. */
export function paragraph(rng: Rng, t: Topic, sentences = rng.int(2, 5)): string {
  let p = '';
  for (let i = 0; i < sentences; i++) p += sentence(rng, t);
  return p;
}

/** A photo caption: when and where, then what the picture shows. */
export function caption(rng: Rng, t: Topic): string {
  const what = rng.chance(0.25) ? `开展「${rng.pick(L.FOUR_PHRASES)}」主题活动` : `${t.verb}${t.matter}`;
  return `${rng.int(1, 12)}月${rng.int(1, 28)}日，${t.place}${t.organ}${what}。图为${rng.pick(L.SCENES)}。`;
}
