/**
 * Wording of official documents (Nghị định 30/2020/NĐ-CP) shared by the council's minutes, the award
 * decision and the certificates: place and date lines, the issuing authority, the certificate's
 * heading and reason. Pure functions (no database), all dates in Vietnam time.
 */

const VN_DAY = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "numeric", year: "numeric" });
const VN_TIME = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

function vnParts(d: Date) {
  const parts = VN_DAY.formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return { day: get("day"), month: get("month"), year: get("year") };
}

/** "ngày 05 tháng 4 năm 2022" of an instant in Vietnam time (months without a leading zero, as in the documents). */
export function longDateVN(d: Date | null | undefined): string {
  if (!d) return "ngày …… tháng …… năm ……";
  const { day, month, year } = vnParts(d);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** The same for a calendar date stored in a DATE column (UTC midnight). */
export function longCalendarDate(d: Date | null | undefined): string {
  if (!d) return "ngày …… tháng …… năm ……";
  const iso = d.toISOString();
  return `ngày ${iso.slice(8, 10)} tháng ${Number(iso.slice(5, 7))} năm ${iso.slice(0, 4)}`;
}

/** "14 giờ 00" of an instant in Vietnam time. */
export function clockVN(d: Date): string {
  const [h, m] = VN_TIME.format(d).split(":");
  return `${h} giờ ${m}`;
}

/**
 * The place line of a document: "Thành phố Hồ Chí Minh" from the province's people's committee
 * ("Ủy ban nhân dân Thành phố Hồ Chí Minh"), looking at the organisation and then its parent.
 */
export function placeOf(...names: (string | null | undefined)[]): string {
  for (const name of names) {
    const m = name?.match(/^(?:Ủy ban nhân dân|UBND)\s+(.+)$/i);
    if (m) return m[1];
  }
  return "……………";
}

const words = (s: string) => s.normalize("NFC").trim().split(/\s+/).filter(Boolean);
const lower = (s: string) => s.toLocaleLowerCase("vi");

/**
 * The signer's title without the words it shares with the organisation's name: "Giám đốc Sở" of
 * "Sở Quy hoạch - Kiến trúc" → "Giám đốc" (the signature block reads "GIÁM ĐỐC").
 */
export function bareTitle(signerTitle: string, organisationName: string): string {
  const t = words(signerTitle);
  const o = words(organisationName);
  for (let k = Math.min(t.length - 1, o.length); k >= 1; k--) {
    const tail = t.slice(t.length - k).map(lower).join(" ");
    const head = o.slice(0, k).map(lower).join(" ");
    if (tail === head) return t.slice(0, t.length - k).join(" ");
  }
  return t.join(" ");
}

/**
 * Who awards, as printed above "TẶNG": the head's title and the organisation, "GIÁM ĐỐC SỞ QUY HOẠCH -
 * KIẾN TRÚC" (a title that already names the organisation is kept as it is).
 */
export function issuingAuthority(signerTitle: string, organisationName: string): string {
  const title = signerTitle.normalize("NFC").trim();
  const org = organisationName.normalize("NFC").trim();
  const text = lower(title).includes(lower(org)) ? title : `${bareTitle(title, org)} ${org}`;
  return text.toLocaleUpperCase("vi");
}

/**
 * The certificate's heading from the award form's name: a "Giấy khen …" or "Bằng khen …" is given
 * ("TẶNG" / "GIẤY KHEN"), an emulation title is conferred ("CÔNG NHẬN DANH HIỆU" / "TẬP THỂ LAO ĐỘNG XUẤT SẮC").
 */
export function certificateHeading(formName: string): { verb: string; title: string } {
  const name = formName.normalize("NFC").trim();
  const m = name.match(/^(giấy khen|bằng khen)/i);
  if (m) return { verb: "TẶNG", title: m[1].toLocaleUpperCase("vi") };
  return { verb: "CÔNG NHẬN DANH HIỆU", title: name.toLocaleUpperCase("vi") };
}

/**
 * "Đã có thành tích xuất sắc trong phong trào thi đua về cải cách hành chính … năm 2022" from the
 * campaign's title ("Kế hoạch phát động phong trào thi đua về …"), else naming the plan.
 */
export function certificateReason(campaign: { title: string; documentNumber: string }): string {
  const title = campaign.title.normalize("NFC").trim().replace(/\.$/, "");
  const m = title.match(/phong trào thi đua\s+(.+)$/i);
  if (m) return `Đã có thành tích xuất sắc trong phong trào thi đua ${m[1]}`;
  return `Đã có thành tích xuất sắc trong phong trào thi đua theo Kế hoạch số ${campaign.documentNumber}: ${title}`;
}

/**
 * "Căn cứ …" of the emulation and reward law in force on a day (yyyy-MM-dd): the Law of 2022 and
 * Nghị định 98/2023/NĐ-CP from 01/01/2024; before, the Law of 2003 (amended in 2013) and Nghị định
 * 91/2017/NĐ-CP. A 2022 decision must not cite a decree of 2023.
 */
export function awardLegalGrounds(day: string): string[] {
  if (day >= "2024-01-01") {
    return [
      "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
      "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
    ];
  }
  return [
    "Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003 và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 16 tháng 11 năm 2013;",
    "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
  ];
}
