import type { Language } from '../framework/language';
import { findCountry } from './country';

/**
 * Short names of the ASEAN member states in Khmer, Lao and Burmese, by ISO alpha-3 code: the
 * Unicode CLDR names (what `Intl.DisplayNames(lang, { type: 'region' })` answers from the ISO
 * alpha-2 code with full ICU), except that Myanmar is written without CLDR's "(Burma)", as ASEAN
 * and its own government write it. English uses {@link Country.name}, as the ASEAN Secretariat
 * writes it. A table rather than a call to `Intl`, so a browser or a Node built with small ICU
 * prints the same words.
 */
const LOCAL_NAMES: Readonly<Record<Exclude<Language, 'en'>, Readonly<Record<string, string>>>> = {
  km: {
    BRN: 'ព្រុយណេ',
    KHM: 'កម្ពុជា',
    IDN: 'ឥណ្ឌូណេស៊ី',
    LAO: 'ឡាវ',
    MYS: 'ម៉ាឡេស៊ី',
    MMR: 'មីយ៉ាន់ម៉ា',
    PHL: 'ហ្វ៊ីលីពីន',
    SGP: 'សិង្ហបុរី',
    THA: 'ថៃ',
    VNM: 'វៀតណាម',
  },
  lo: {
    BRN: 'ບຣູໄນ',
    KHM: 'ກຳປູເຈຍ',
    IDN: 'ອິນໂດເນເຊຍ',
    LAO: 'ລາວ',
    MYS: 'ມາເລເຊຍ',
    MMR: 'ມຽນມາ',
    PHL: 'ຟິລິບປິນ',
    SGP: 'ສິງກະໂປ',
    THA: 'ໄທ',
    VNM: 'ຫວຽດນາມ',
  },
  my: {
    BRN: 'ဘရူနိုင်း',
    KHM: 'ကမ္ဘောဒီးယား',
    IDN: 'အင်ဒိုနီးရှား',
    LAO: 'လာအို',
    MYS: 'မလေးရှား',
    MMR: 'မြန်မာ',
    PHL: 'ဖိလစ်ပိုင်',
    SGP: 'စင်္ကာပူ',
    THA: 'ထိုင်း',
    VNM: 'ဗီယက်နမ်',
  },
};

/**
 * The name of an ASEAN member state in a product language, from its ISO alpha-3 code (any
 * case); the code itself, upper case, for a country outside ASEAN.
 * @example countryName('KHM', 'km') // 'កម្ពុជា'
 * @example countryName('vnm', 'en') // 'Viet Nam'
 */
export function countryName(iso3: string, lang: Language): string {
  const country = findCountry(iso3);
  if (!country) return iso3.trim().toUpperCase();
  return lang === 'en' ? country.name : (LOCAL_NAMES[lang][country.iso3] ?? country.name);
}
