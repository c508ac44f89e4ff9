// Which posts are single seats, as data: the one place the succession rule reads. A single-seat post
// (one 区长 per district at a time) held by one person ends when the next holder of that seat is first
// seen; every other post (副区长, 常委, 委员 …: several people at once) ends at its last sighting.
// A seat is (place, seat title); titles are matched by their ending, since the extractor keeps what the
// sentence wrote before the post ("坪山区委书记" and "区委书记" at one place are one seat). The place of a
// seat is the district, also for its party committee and government: papers file one 县委书记 now under 米易县
// (the bare title), now under 米易县委 (an article that names the 县委), and both are one seat.

/**
 * Single-seat titles, each mapped to the seat it names: a title ending with the left side (and not a
 * deputy, see MULTI_SEAT_MARKERS) is that seat. Longer endings win ("区委书记" before "书记").
 */
export const SINGLE_SEATS: Readonly<Record<string, string>> = {
  区委书记: '区委书记',
  县委书记: '县委书记',
  市委书记: '市委书记',
  省委书记: '省委书记',
  镇委书记: '镇委书记',
  党委书记: '党委书记',
  党组书记: '党组书记',
  党工委书记: '党工委书记',
  工委书记: '工委书记',
  书记: '书记',
  区长: '区长',
  县长: '县长',
  市长: '市长',
  镇长: '镇长',
  乡长: '乡长',
  省长: '省长',
  主任: '主任',
  主席: '主席',
  局长: '局长',
  厅长: '厅长',
  部长: '部长',
  院长: '院长',
  校长: '校长',
  所长: '所长',
  行长: '行长',
  董事长: '董事长',
  总经理: '总经理',
  检察长: '检察长',
  会长: '会长',
  社长: '社长',
};

/** A title containing one of these is a post several people hold at once (deputies, members). */
export const MULTI_SEAT_MARKERS: readonly string[] = ['副', '常委', '委员', '成员', '助理', '秘书'];

const endings = Object.keys(SINGLE_SEATS).sort((a, b) => b.length - a.length);

/** The seat a title names when it is a single-seat post, else null (a multi-seat post). */
export function singleSeat(title: string): string | null {
  if (MULTI_SEAT_MARKERS.some((marker) => title.includes(marker))) return null;
  const ending = endings.find((end) => title.endsWith(end));
  return ending === undefined ? null : (SINGLE_SEATS[ending] ?? null);
}

/**
 * Whether a stored title is the post a user asked for: the same, or the same with a body or place
 * written before it ("坪山区委书记" is a 区委书记), but never a deputy of it ("区委副书记" is no 书记).
 */
export function titleMatches(title: string, asked: string): boolean {
  if (title === asked) return true;
  if (!title.endsWith(asked)) return false;
  const before = title.slice(0, title.length - asked.length);
  return !MULTI_SEAT_MARKERS.some((marker) => before.includes(marker)) && !before.endsWith('常务');
}

/**
 * The place whose seat a post in this body fills: a district itself, or its party committee or government
 * ("米易县委", "米易县人民政府" → 米易县); null for any other body, which is a seat of its own (its 主任 is
 * not the 人大常委会's).
 */
export function seatPlace(body: { name: string; district: boolean }): string | null {
  if (body.district) return body.name;
  return /^(.+[区县市旗州])(?:委|人民政府|政府)$/.exec(body.name)?.[1] ?? null;
}
