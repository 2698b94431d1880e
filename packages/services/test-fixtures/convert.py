"""Converts the source slices in source/ to Open SDG and SDMX-CSV, independently of the code
under test (plain Python csv). Run from this folder: python3 convert.py"""
import csv

DSD = ['SEX', 'AGE', 'URBANISATION', 'INCOME_WEALTH_QUANTILE', 'EDUCATION_LEV', 'OCCUPATION',
       'CUST_BREAKDOWN', 'COMPOSITE_BREAKDOWN', 'DISABILITY_STATUS', 'ACTIVITY', 'PRODUCT']
SEX = {'bothsex': '_T', 'female': 'F', 'male': 'M'}
AGE = {'15': 'Y_GE15', '15_24': 'Y15T24', '25': 'Y_GE25'}


def write(path, header, rows):
    with open(path, 'w', newline='', encoding='utf-8') as f:
        out = csv.writer(f, lineterminator='\n')
        out.writerow(header)
        out.writerows(rows)


# SDG 11.6.1 by city -> Open SDG, verbatim apart from column names and upper-case NATURE.
with open('source/en_ref_wascol_by_city.csv', encoding='utf-8') as f:
    rows = list(csv.DictReader(f))
write('open-sdg/indicator_11-6-1.csv', ['Year', 'NATURE', 'Units', 'Series', 'GeoCode', 'Value'],
      [[r['year'], r['nature'].upper(), r['units'], 'EN_REF_WASCOL', r['cities'], r['en_ref_wascol']] for r in rows])

# SDG 8.5.2 unemployment rate, ASEAN -> Open SDG (blank = both sexes) and SDMX-CSV 1.0 and 2.0.
with open('source/unsd-sdg-asean-2020-10-sl_tlf_uem.csv', encoding='utf-8') as f:
    rows = list(csv.DictReader(f))
for r in rows:
    r['dims'] = dict(part.split('=', 1) for part in r['dimensions'].split(';'))
write('open-sdg/indicator_8-5-2.csv', ['Year', 'sex', 'age', 'NATURE', 'Units', 'Series', 'GeoCode', 'Value'],
      [[r['year'], '' if r['dims']['sex'] == 'bothsex' else r['dims']['sex'], r['dims']['age'],
        r['dims']['nature'].upper(), r['dims']['units'], r['series_code'], r['iso3'], r['value']] for r in rows])


def sdmx_dims(r):
    codes = {'SEX': SEX[r['dims']['sex']], 'AGE': AGE[r['dims']['age']]}
    return [codes.get(d, '_T') for d in DSD]


attributes = ['UPPER_BOUND', 'LOWER_BOUND', 'BASE_PER', 'TIME_DETAIL', 'SOURCE_DETAIL', 'COMMENT_OBS',
              'NATURE', 'UNIT_MEASURE', 'UNIT_MULT']
write('sdmx-csv/sl_tlf_uem.sdmx-1.0.csv',
      ['DATAFLOW', 'FREQ', 'REPORTING_TYPE', 'SERIES', 'REF_AREA', *DSD, 'TIME_PERIOD', 'OBS_VALUE', *attributes],
      [['UNSD:DF_SDG_GLH(1.2)', 'A', 'G', r['series_code'], r['geo_area'], *sdmx_dims(r), r['year'], r['value'],
        '', '', '', '', '', '', r['dims']['nature'].upper(), 'PT', '0'] for r in rows])
write('sdmx-csv/sl_tlf_uem.sdmx-2.0.csv',
      ['STRUCTURE', 'STRUCTURE_ID', 'ACTION', 'FREQ', 'REPORTING_TYPE', 'SERIES', 'REF_AREA', *DSD,
       'TIME_PERIOD', 'OBS_VALUE', 'UNIT_MEASURE', 'UNIT_MULT', 'NATURE'],
      [['dataflow', 'UNSD:DF_SDG_GLH(1.2)', 'I', 'A', 'G', r['series_code'], r['geo_area'], *sdmx_dims(r),
        r['year'], r['value'], 'PT', '0', r['dims']['nature'].upper()] for r in rows])

# The project's template as a spreadsheet in a European locale saves it: ";" separators, decimal
# commas, Windows-1252 (the en dash is byte 0x96, not in ISO-8859-1), CRLF; and as Excel's
# "CSV UTF-8": a byte-order mark, commas, Khmer text.
with open('source/en_ref_wascol_by_city.csv', encoding='utf-8') as f:
    rows = [r for r in csv.DictReader(f) if r['nature'] == 'c'][:20]
header = ['series', 'geo_code', 'year', 'value', 'unit', 'footnote']
with open('frontrunner-csv/wascol-semicolon-windows-1252.csv', 'w', newline='', encoding='cp1252') as f:
    out = csv.writer(f, delimiter=';', lineterminator='\r\n')
    out.writerow(header)
    out.writerows([['EN_REF_WASCOL', r['cities'], r['year'], r['en_ref_wascol'].replace('.', ','), 'PERCENT',
                    'Relevé São Paulo – brouillon' if i == 0 else ''] for i, r in enumerate(rows)])
with open('frontrunner-csv/wascol-utf8-bom.csv', 'w', newline='', encoding='utf-8-sig') as f:
    out = csv.writer(f, lineterminator='\r\n')
    out.writerow(header)
    out.writerows([['EN_REF_WASCOL', r['cities'], r['year'], r['en_ref_wascol'], 'PERCENT',
                    'ការស្ទង់មតិ, "ភ្នំពេញ"\nទំព័រ ២' if i == 0 else ''] for i, r in enumerate(rows)])
