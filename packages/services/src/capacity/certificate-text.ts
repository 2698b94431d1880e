import type { Language } from '@frontrunner/domain';

/**
 * Every label printed on a certificate, in one language. `{name}` marks a value filled in by
 * {@link certificateText}; the words around it follow the language's own order.
 */
export interface CertificateMessages {
  readonly programme: string;
  readonly certifiesThat: string;
  readonly reference: string;
  /** Footer of a page: `{page}` and `{total}` become Chromium's page counters. */
  readonly page: string;
  readonly attendanceHeading: string;
  /** Between the participant's name and the training's title. */
  readonly attendedTraining: string;
  readonly attendedWorkshop: string;
  readonly dates: string;
  readonly place: string;
  readonly online: string;
  readonly placeAndOnline: string;
  readonly sessionsAttended: string;
  readonly sessionsOf: string;
  readonly organisedBy: string;
  /** Where the public checks a certificate of attendance (`{url}`). */
  readonly verifyAttendance: string;
  readonly graduationHeading: string;
  /** Between the city and the stage it reached. */
  readonly graduatedFrom: string;
  readonly graduationDecision: string;
  readonly decisionDate: string;
  readonly stageReached: string;
  readonly graduationRubric: string;
  readonly rubricVersion: string;
  readonly verifyGraduation: string;
  readonly graduationFooter: string;
  readonly 'stage.none': string;
  readonly 'stage.candidate': string;
  readonly 'stage.model_city': string;
  readonly 'stage.frontrunner': string;
}

/** A key of the certificate message table. */
export type CertificateKey = keyof CertificateMessages;

/** The certificate message table: every language has every key (the type and a unit test hold it). */
export const CERTIFICATE_MESSAGES: Readonly<Record<Language, CertificateMessages>> = {
  en: {
    programme: 'ASEAN SDGs Frontrunner Cities Programme',
    certifiesThat: 'This certifies that',
    reference: 'Verification reference',
    page: 'Page {page} of {total}',
    attendanceHeading: 'Certificate of attendance',
    attendedTraining: 'attended the training',
    attendedWorkshop: 'attended the workshop',
    dates: 'Dates',
    place: 'Place',
    online: 'Online',
    placeAndOnline: '{place} and online',
    sessionsAttended: 'Sessions attended',
    sessionsOf: '{attended} of {total}',
    organisedBy: 'Organised by',
    verifyAttendance: 'Check this certificate at {url}, with the holder’s name.',
    graduationHeading: 'Certificate of graduation',
    graduatedFrom: 'has graduated from {from} to',
    graduationDecision:
      'by decision of the programme secretariat on {date}, after a self-assessment and review against the programme’s graduation rubric.',
    decisionDate: 'Decision date',
    stageReached: 'Stage reached',
    graduationRubric: 'Graduation rubric',
    rubricVersion: 'version {version}',
    verifyGraduation:
      'Verify this certificate at {url}. Graduation rewards completed stages; it never ranks cities against each other.',
    graduationFooter: 'Graduation certificate {reference}',
    'stage.none': 'not in the programme',
    'stage.candidate': 'Candidate City',
    'stage.model_city': 'Model City',
    'stage.frontrunner': 'Frontrunner City',
  },
  km: {
    programme: 'កម្មវិធីទីក្រុងនាំមុខ SDGs របស់អាស៊ាន',
    certifiesThat: 'វិញ្ញាបនបត្រនេះបញ្ជាក់ថា',
    reference: 'លេខយោងសម្រាប់ផ្ទៀងផ្ទាត់',
    page: 'ទំព័រ {page} នៃ {total}',
    attendanceHeading: 'វិញ្ញាបនបត្របញ្ជាក់ការចូលរួម',
    attendedTraining: 'បានចូលរួមវគ្គបណ្តុះបណ្តាល',
    attendedWorkshop: 'បានចូលរួមសិក្ខាសាលា',
    dates: 'កាលបរិច្ឆេទ',
    place: 'ទីកន្លែង',
    online: 'តាមអនឡាញ',
    placeAndOnline: '{place} និងតាមអនឡាញ',
    sessionsAttended: 'វគ្គដែលបានចូលរួម',
    sessionsOf: '{attended} ក្នុងចំណោម {total}',
    organisedBy: 'រៀបចំដោយ',
    verifyAttendance: 'ពិនិត្យវិញ្ញាបនបត្រនេះនៅ {url} ដោយប្រើឈ្មោះរបស់ម្ចាស់វិញ្ញាបនបត្រ។',
    graduationHeading: 'វិញ្ញាបនបត្របញ្ចប់ដំណាក់កាល',
    graduatedFrom: 'បានបញ្ចប់ដំណាក់កាល {from} ហើយឡើងជា',
    graduationDecision:
      'តាមសេចក្តីសម្រេចរបស់លេខាធិការដ្ឋានកម្មវិធី នៅថ្ងៃ {date} បន្ទាប់ពីការវាយតម្លៃខ្លួនឯង និងការពិនិត្យ ផ្អែកលើលក្ខណៈវិនិច្ឆ័យបញ្ចប់ដំណាក់កាលរបស់កម្មវិធី។',
    decisionDate: 'កាលបរិច្ឆេទសម្រេច',
    stageReached: 'ដំណាក់កាលដែលសម្រេចបាន',
    graduationRubric: 'លក្ខណៈវិនិច្ឆ័យបញ្ចប់ដំណាក់កាល',
    rubricVersion: 'កំណែ {version}',
    verifyGraduation:
      'ផ្ទៀងផ្ទាត់វិញ្ញាបនបត្រនេះនៅ {url}។ ការបញ្ចប់ដំណាក់កាលទទួលស្គាល់ដំណាក់កាលដែលបានបញ្ចប់ មិនមែនចាត់ថ្នាក់ទីក្រុងប្រៀបធៀបគ្នាទេ។',
    graduationFooter: 'វិញ្ញាបនបត្របញ្ចប់ដំណាក់កាល {reference}',
    'stage.none': 'មិនស្ថិតក្នុងកម្មវិធី',
    'stage.candidate': 'ទីក្រុងបេក្ខភាព',
    'stage.model_city': 'ទីក្រុងគំរូ',
    'stage.frontrunner': 'ទីក្រុងនាំមុខ',
  },
  lo: {
    programme: 'ໂຄງການເມືອງແຖວໜ້າດ້ານ SDGs ຂອງອາຊຽນ',
    certifiesThat: 'ໃບຢັ້ງຢືນນີ້ຢັ້ງຢືນວ່າ',
    reference: 'ເລກອ້າງອີງເພື່ອກວດສອບ',
    page: 'ໜ້າ {page} ຈາກ {total}',
    attendanceHeading: 'ໃບຢັ້ງຢືນການເຂົ້າຮ່ວມ',
    attendedTraining: 'ໄດ້ເຂົ້າຮ່ວມການຝຶກອົບຮົມ',
    attendedWorkshop: 'ໄດ້ເຂົ້າຮ່ວມກອງປະຊຸມສຳມະນາ',
    dates: 'ວັນທີ',
    place: 'ສະຖານທີ່',
    online: 'ທາງອອນລາຍ',
    placeAndOnline: '{place} ແລະ ທາງອອນລາຍ',
    sessionsAttended: 'ພາກທີ່ເຂົ້າຮ່ວມ',
    sessionsOf: '{attended} ຈາກ {total}',
    organisedBy: 'ຈັດໂດຍ',
    verifyAttendance: 'ກວດສອບໃບຢັ້ງຢືນນີ້ໄດ້ທີ່ {url} ພ້ອມດ້ວຍຊື່ຂອງຜູ້ຖືໃບຢັ້ງຢືນ.',
    graduationHeading: 'ໃບຢັ້ງຢືນການຈົບຂັ້ນ',
    graduatedFrom: 'ໄດ້ຈົບຂັ້ນ {from} ແລະ ກ້າວຂຶ້ນເປັນ',
    graduationDecision:
      'ຕາມການຕັດສິນຂອງກອງເລຂາໂຄງການ ເມື່ອ {date}, ຫຼັງຈາກການປະເມີນຕົນເອງ ແລະ ການທົບທວນ ຕາມເກນການຈົບຂັ້ນຂອງໂຄງການ.',
    decisionDate: 'ວັນທີຕັດສິນ',
    stageReached: 'ຂັ້ນທີ່ບັນລຸ',
    graduationRubric: 'ເກນການຈົບຂັ້ນ',
    rubricVersion: 'ສະບັບ {version}',
    verifyGraduation: 'ກວດສອບໃບຢັ້ງຢືນນີ້ໄດ້ທີ່ {url}. ການຈົບຂັ້ນຮັບຮູ້ຂັ້ນຕອນທີ່ສຳເລັດແລ້ວ; ມັນບໍ່ເຄີຍຈັດອັນດັບເມືອງທຽບກັນ.',
    graduationFooter: 'ໃບຢັ້ງຢືນການຈົບຂັ້ນ {reference}',
    'stage.none': 'ບໍ່ໄດ້ຢູ່ໃນໂຄງການ',
    'stage.candidate': 'ເມືອງຜູ້ສະໝັກ',
    'stage.model_city': 'ເມືອງຕົວແບບ',
    'stage.frontrunner': 'ເມືອງແຖວໜ້າ',
  },
  my: {
    programme: 'အာဆီယံ SDGs ရှေ့ဆောင်မြို့များ အစီအစဉ်',
    certifiesThat: 'ဤလက်မှတ်ဖြင့် အသိအမှတ်ပြုသည်မှာ',
    reference: 'စစ်ဆေးရန် ကိုးကားနံပါတ်',
    page: 'စာမျက်နှာ {total} အနက် {page}',
    attendanceHeading: 'တက်ရောက်မှု လက်မှတ်',
    attendedTraining: 'သည် အောက်ပါသင်တန်းကို တက်ရောက်ခဲ့ပါသည်',
    attendedWorkshop: 'သည် အောက်ပါအလုပ်ရုံဆွေးနွေးပွဲကို တက်ရောက်ခဲ့ပါသည်',
    dates: 'ရက်စွဲ',
    place: 'နေရာ',
    online: 'အွန်လိုင်း',
    placeAndOnline: '{place} နှင့် အွန်လိုင်း',
    sessionsAttended: 'တက်ရောက်ခဲ့သော အပိုင်းများ',
    sessionsOf: '{total} ခုအနက် {attended} ခု',
    organisedBy: 'စီစဉ်သူ',
    verifyAttendance: 'ဤလက်မှတ်ကို {url} တွင် လက်မှတ်ပိုင်ရှင်၏ အမည်ဖြင့် စစ်ဆေးနိုင်ပါသည်။',
    graduationHeading: 'အဆင့်တက် လက်မှတ်',
    graduatedFrom: 'သည် {from} အဆင့်မှ အောက်ပါအဆင့်သို့ တက်ခဲ့ပါသည်',
    graduationDecision:
      'ကိုယ်တိုင်အကဲဖြတ်ခြင်းနှင့် အစီအစဉ်၏ အဆင့်တက် စံသတ်မှတ်ချက်အရ ပြန်လည်သုံးသပ်ခြင်းအပြီး {date} တွင် အစီအစဉ်အတွင်းရေးမှူးရုံး၏ ဆုံးဖြတ်ချက်ဖြင့် ဖြစ်ပါသည်။',
    decisionDate: 'ဆုံးဖြတ်သည့်ရက်',
    stageReached: 'ရောက်ရှိသည့်အဆင့်',
    graduationRubric: 'အဆင့်တက် စံသတ်မှတ်ချက်',
    rubricVersion: 'ဗားရှင်း {version}',
    verifyGraduation:
      'ဤလက်မှတ်ကို {url} တွင် စစ်ဆေးနိုင်ပါသည်။ အဆင့်တက်ခြင်းသည် ပြီးမြောက်ခဲ့သော အဆင့်များကို အသိအမှတ်ပြုခြင်းဖြစ်ပြီး မြို့များကို အချင်းချင်း အဆင့်မသတ်မှတ်ပါ။',
    graduationFooter: 'အဆင့်တက် လက်မှတ် {reference}',
    'stage.none': 'အစီအစဉ်တွင် မပါဝင်သေး',
    'stage.candidate': 'ကိုယ်စားလှယ်လောင်းမြို့',
    'stage.model_city': 'စံပြမြို့',
    'stage.frontrunner': 'ရှေ့ဆောင်မြို့',
  },
};

/**
 * A label of the certificates in a language, its `{placeholders}` filled (plain text: the page
 * template escapes it).
 * @example certificateText('en', 'sessionsOf', { attended: '1', total: '2' }) // '1 of 2'
 */
export function certificateText(
  lang: Language,
  key: CertificateKey,
  values: Readonly<Record<string, string>> = {},
): string {
  return CERTIFICATE_MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? (values[name] ?? whole) : whole,
  );
}

/**
 * A programme stage's name as printed, e.g. `model_city` → "Model City"; an unknown stage as
 * stored.
 */
export function stageName(stage: string, lang: Language = 'en'): string {
  const key = `stage.${stage}`;
  return key in CERTIFICATE_MESSAGES[lang] ? certificateText(lang, key as CertificateKey) : stage;
}

/**
 * A calendar day (YYYY-MM-DD, or the day of an ISO time) as the language writes it in full,
 * from Node's ICU, e.g. `2030-03-01` → "March 1, 2030", "1 មីនា 2030", "၂၀၃၀ မတ် ၁".
 */
export function certificateDate(day: string, lang: Language): string {
  const format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  return format.format(new Date(`${day.slice(0, 10)}T00:00:00Z`));
}

/** A first and last day, or one day when they are the same. */
export function certificateDates(from: string, to: string, lang: Language): string {
  const first = certificateDate(from, lang);
  return from === to ? first : `${first} – ${certificateDate(to, lang)}`;
}

/** A whole number in the language's own digits (Burmese writes ၁၂). */
export function certificateNumber(n: number, lang: Language): string {
  return new Intl.NumberFormat(lang, { useGrouping: false }).format(n);
}
