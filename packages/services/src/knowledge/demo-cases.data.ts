import type { CaseFacts, Dimension } from '@frontrunner/domain';
import type { CaseTextInput } from './case-view';

/** A demo case: which completed demo project it grows from, and what the city wrote. */
export interface DemoCase {
  /** Title of the completed demo project it grows from, without " (demo)". */
  readonly projectTitle: string;
  readonly citySlug: string;
  readonly dimensions: readonly Dimension[];
  readonly contacts: NonNullable<CaseFacts['contacts']>;
  /** The language versions, English first (the original: the project is written in English). */
  readonly texts: readonly { readonly lang: string; readonly text: CaseTextInput }[];
}

/** Three published demo cases, each in English and in the city's own language. */
export const DEMO_CASES: readonly DemoCase[] = [
  {
    projectTitle: 'Community composting of market waste in Battambang',
    citySlug: 'battambang',
    dimensions: ['environment', 'society', 'economy'],
    contacts: [
      {
        name: 'Municipal composting team (demo contact)',
        role: 'Battambang municipality',
        email: 'composting@battambang.example',
      },
    ],
    texts: [
      {
        lang: 'en',
        text: {
          title: 'Community composting of market waste in Battambang (demo)',
          summary:
            'Market vendors in Battambang separate organic waste, and a community composting site turns it into compost that rice and vegetable farmers buy.',
          problem:
            'About 62% of the waste from the three central markets was organic, and almost all of it went to the open dumpsite, where it rotted, released methane and was often burned.',
          actions:
            'The municipality and the market vendors’ association agreed a rule for separating organic waste, put collection bins in each market and opened a community composting site run by twelve former waste pickers. The compost is sold to farmers in 25 kg bags.',
          resultsText:
            'In 2025 the site composted 1,020 tonnes of organic waste, above the target of 900 t, and the share of municipal waste managed in controlled facilities rose from 45% to 57%.',
          costsText:
            'The project cost USD 180,000 over eighteen months: 70% from the Japan-ASEAN Integration Fund and 30% from the municipal budget. Compost sales pay the wages of the site workers.',
          whatWorked:
            'Vendors separated their waste because their own association agreed the rule and collection was daily. Farmers trusted the compost after free trials on demonstration plots.',
          whatDidNot:
            'The third market did not join: its vendors had no space for a second bin. Odour and flies near the site drew complaints in the rainy season until the piles were covered.',
          howToReplicate:
            'Start with one market and a waste audit; agree the separation rule with the vendors; find a site at least 500 m from houses; hire waste pickers and train them for two weeks; line up farmers as buyers before the first batch.',
        },
      },
      {
        lang: 'km',
        text: {
          title: 'ការធ្វើជីកំប៉ុស្តពីសំណល់ផ្សារដោយសហគមន៍នៅបាត់ដំបង (demo)',
          summary:
            'អ្នកលក់ដូរនៅផ្សារក្នុងក្រុងបាត់ដំបងញែកសំណល់សរីរាង្គ ហើយទីតាំងធ្វើជីកំប៉ុស្តសហគមន៍កែច្នៃវាទៅជាជីកំប៉ុស្ត ដែលកសិករដាំស្រូវ និងបន្លែទិញយកទៅប្រើ។',
          problem:
            'សំណល់ប្រហែល ៦២% ពីផ្សារកណ្តាលទាំងបីជាសំណល់សរីរាង្គ ហើយស្ទើរតែទាំងអស់ត្រូវបានបោះចោលនៅទីលានចាក់សំរាមចំហ ដែលវារលួយ បញ្ចេញឧស្ម័នមេតាន និងជារឿយៗត្រូវបានដុតចោល។',
          actions:
            'សាលាក្រុង និងសមាគមអ្នកលក់ដូរនៅផ្សារបានព្រមព្រៀងលើវិធានញែកសំណល់សរីរាង្គ ដាក់ធុងប្រមូលសំណល់នៅផ្សារនីមួយៗ និងបើកទីតាំងធ្វើជីកំប៉ុស្តសហគមន៍ ដែលដំណើរការដោយអតីតអ្នករើសអេតចាយចំនួនដប់ពីរនាក់។ ជីកំប៉ុស្តត្រូវបានលក់ឱ្យកសិករជាបាវ ២៥ គីឡូក្រាម។',
          resultsText:
            'នៅឆ្នាំ ២០២៥ ទីតាំងនេះបានធ្វើជីកំប៉ុស្តពីសំណល់សរីរាង្គចំនួន ១ ០២០ តោន លើសគោលដៅ ៩០០ តោន ហើយចំណែកសំណល់រឹងក្រុងដែលត្រូវបានគ្រប់គ្រងនៅកន្លែងមានការត្រួតពិនិត្យបានកើនឡើងពី ៤៥% ដល់ ៥៧%។',
          costsText:
            'គម្រោងនេះចំណាយអស់ ១៨០ ០០០ ដុល្លារអាមេរិកក្នុងរយៈពេលដប់ប្រាំបីខែ៖ ៧០% ពីមូលនិធិសមាហរណកម្មជប៉ុន-អាស៊ាន និង ៣០% ពីថវិកាសាលាក្រុង។ ការលក់ជីកំប៉ុស្តចំណាយលើប្រាក់ឈ្នួលរបស់កម្មករនៅទីតាំង។',
          whatWorked:
            'អ្នកលក់ដូរបានញែកសំណល់ ព្រោះសមាគមរបស់ពួកគេផ្ទាល់បានព្រមព្រៀងលើវិធាននេះ ហើយការប្រមូលធ្វើឡើងរៀងរាល់ថ្ងៃ។ កសិករទុកចិត្តលើជីកំប៉ុស្ត បន្ទាប់ពីបានសាកល្បងដោយឥតគិតថ្លៃនៅលើដីបង្ហាញ។',
          whatDidNot:
            'ផ្សារទីបីមិនបានចូលរួមទេ ព្រោះអ្នកលក់ដូរគ្មានកន្លែងដាក់ធុងទីពីរ។ ក្លិន និងរុយនៅជិតទីតាំងបានបង្កឱ្យមានពាក្យបណ្តឹងក្នុងរដូវវស្សា រហូតដល់គំនរជីត្រូវបានគ្របបាំង។',
          howToReplicate:
            'ចាប់ផ្តើមជាមួយផ្សារមួយ និងការវាយតម្លៃសំណល់ ព្រមព្រៀងលើវិធានញែកសំណល់ជាមួយអ្នកលក់ដូរ រកទីតាំងដែលឆ្ងាយពីផ្ទះយ៉ាងហោចណាស់ ៥០០ ម៉ែត្រ ជួលអ្នករើសអេតចាយ ហើយបណ្តុះបណ្តាលពួកគេរយៈពេលពីរសប្តាហ៍ និងរកកសិករជាអ្នកទិញមុនពេលផលិតជីលើកដំបូង។',
        },
      },
    ],
  },
  {
    projectTitle: 'Low-cost air-quality sensor network in Chiang Mai',
    citySlug: 'chiang-mai',
    dimensions: ['environment', 'society'],
    contacts: [
      {
        name: 'Air-quality data team (demo contact)',
        role: 'Chiang Mai municipality',
        email: 'air@chiangmai.example',
      },
    ],
    texts: [
      {
        lang: 'en',
        text: {
          title: 'Low-cost air-quality sensors for schools in Chiang Mai (demo)',
          summary:
            'A public network of calibrated low-cost PM2.5 sensors at schools, clinics and temples warns people during the haze season.',
          problem:
            'Every dry season smoke from crop and forest fires covers Chiang Mai, but the city had only two reference stations, so schools could not tell when to keep children indoors.',
          actions:
            'Chiang Mai University calibrated low-cost sensors against the Pollution Control Department station and installed them at schools, clinics and temples. Readings are published every ten minutes, and school directors get an alert when PM2.5 passes 50 µg/m³.',
          resultsText:
            'By the end of 2025, 72 sensors were online and alerts reached 140 schools. The annual mean PM2.5 fell from 28 to 26.5 µg/m³, close to the 2025 target of 26.',
          costsText:
            'The project cost THB 4.2 million: 60% from Thailand Science Research and Innovation and 40% from the municipality. A sensor costs about THB 15,000 installed; calibration and data hosting about THB 300,000 a year.',
          whatWorked:
            'Calibrating every sensor against a reference station made the numbers credible. Schools used the data in class, so teachers checked the map every morning.',
          whatDidNot:
            'Sensors on temple roofs lost power during storms, and readings above 300 µg/m³ were unreliable until the correction factor was updated.',
          howToReplicate:
            'Partner with a local university for calibration; place the first sensors at schools and clinics; publish open data from day one; agree with the education office who receives the alerts and what they do then.',
        },
      },
      {
        lang: 'th',
        text: {
          title: 'เซ็นเซอร์ตรวจวัดคุณภาพอากาศราคาประหยัดเพื่อโรงเรียนในเชียงใหม่ (demo)',
          summary:
            'เครือข่ายสาธารณะของเซ็นเซอร์วัดฝุ่น PM2.5 ราคาประหยัดที่ผ่านการสอบเทียบ ติดตั้งที่โรงเรียน สถานพยาบาล และวัด เพื่อเตือนประชาชนในช่วงฤดูหมอกควัน',
          problem:
            'ทุกฤดูแล้ง ควันจากการเผาในพื้นที่เกษตรและไฟป่าปกคลุมเมืองเชียงใหม่ แต่เมืองมีสถานีตรวจวัดอ้างอิงเพียงสองแห่ง โรงเรียนจึงไม่รู้ว่าเมื่อใดควรให้เด็กอยู่ในอาคาร',
          actions:
            'มหาวิทยาลัยเชียงใหม่สอบเทียบเซ็นเซอร์ราคาประหยัดกับสถานีของกรมควบคุมมลพิษ แล้วติดตั้งที่โรงเรียน สถานพยาบาล และวัด ข้อมูลเผยแพร่ทุกสิบนาที และผู้อำนวยการโรงเรียนจะได้รับการแจ้งเตือนเมื่อค่า PM2.5 เกิน 50 ไมโครกรัมต่อลูกบาศก์เมตร',
          resultsText:
            'ภายในสิ้นปี 2568 มีเซ็นเซอร์ออนไลน์ 72 จุด และการแจ้งเตือนไปถึงโรงเรียน 140 แห่ง ค่าเฉลี่ยรายปีของ PM2.5 ลดลงจาก 28 เป็น 26.5 ไมโครกรัมต่อลูกบาศก์เมตร ใกล้เคียงเป้าหมายปี 2568 ที่ 26',
          costsText:
            'โครงการใช้งบประมาณ 4.2 ล้านบาท ร้อยละ 60 จากสำนักงานคณะกรรมการส่งเสริมวิทยาศาสตร์ วิจัยและนวัตกรรม (สกสว.) และร้อยละ 40 จากเทศบาล เซ็นเซอร์หนึ่งจุดมีต้นทุนประมาณ 15,000 บาทรวมค่าติดตั้ง ส่วนการสอบเทียบและการจัดเก็บข้อมูลมีค่าใช้จ่ายราว 300,000 บาทต่อปี',
          whatWorked:
            'การสอบเทียบเซ็นเซอร์ทุกตัวกับสถานีอ้างอิงทำให้ตัวเลขน่าเชื่อถือ โรงเรียนนำข้อมูลไปใช้ในชั้นเรียน ครูจึงตรวจดูแผนที่ทุกเช้า',
          whatDidNot:
            'เซ็นเซอร์บนหลังคาวัดไฟดับระหว่างพายุ และค่าที่สูงกว่า 300 ไมโครกรัมต่อลูกบาศก์เมตรไม่น่าเชื่อถือจนกว่าจะปรับปรุงค่าแก้',
          howToReplicate:
            'ร่วมมือกับมหาวิทยาลัยในพื้นที่เพื่อสอบเทียบ ติดตั้งเซ็นเซอร์ชุดแรกที่โรงเรียนและสถานพยาบาล เปิดเผยข้อมูลตั้งแต่วันแรก และตกลงกับสำนักงานการศึกษาว่าใครจะได้รับการแจ้งเตือนและต้องทำอะไรต่อ',
        },
      },
    ],
  },
  {
    projectTitle: 'Neighbourhood waste banks in Surabaya',
    citySlug: 'surabaya',
    dimensions: ['environment', 'society', 'economy'],
    contacts: [
      {
        name: 'Waste bank programme (demo contact)',
        role: 'Surabaya environment agency',
        email: 'banksampah@surabaya.example',
      },
    ],
    texts: [
      {
        lang: 'en',
        text: {
          title: 'Neighbourhood waste banks in Surabaya (demo)',
          summary:
            'Households deposit sorted recyclables at waste banks run by neighbourhood women’s groups and earn savings.',
          problem:
            'Only 12% of Surabaya’s household waste was recycled in 2023; the rest went to the Benowo landfill or into the Kali Mas river.',
          actions:
            'Women’s groups (PKK) opened waste banks (bank sampah) in their neighbourhoods. Households bring sorted plastic, paper and metal, which is weighed and credited to a savings book; the waste bank sells it to recyclers. The environment agency trains the groups and publishes buying prices every month.',
          resultsText:
            'Active waste banks rose from 120 to 214 in 2025 (target 200), and the share of household waste recycled from 12% to 17.5%, just short of the 18% target.',
          costsText:
            'The project cost IDR 3.5 billion: 55% from the city budget and 45% from corporate partners, mostly for scales, storage sheds and training. Each waste bank pays its running costs from the margin on recyclables.',
          whatWorked:
            'Savings books made recycling visible to households, and the women’s groups already had the trust of their neighbours.',
          whatDidNot:
            'When plastic prices fell in the second half of 2025, several waste banks stopped buying film plastic and deposits dropped.',
          howToReplicate:
            'Work through existing neighbourhood groups; provide scales and a shed; publish buying prices; agree a floor price with recyclers so that the waste banks survive when markets fall.',
        },
      },
      {
        lang: 'id',
        text: {
          title: 'Bank sampah lingkungan di Surabaya (demo)',
          summary:
            'Warga menyetorkan sampah daur ulang yang sudah dipilah ke bank sampah yang dikelola kelompok PKK di lingkungannya dan mendapatkan tabungan.',
          problem:
            'Pada tahun 2023 hanya 12% sampah rumah tangga Surabaya yang didaur ulang; sisanya berakhir di TPA Benowo atau di Kali Mas.',
          actions:
            'Kelompok PKK membuka bank sampah di lingkungan mereka. Warga membawa plastik, kertas, dan logam yang sudah dipilah, lalu sampah itu ditimbang dan nilainya dicatat di buku tabungan; bank sampah menjualnya ke pendaur ulang. Dinas Lingkungan Hidup melatih kelompok-kelompok tersebut dan mengumumkan harga beli setiap bulan.',
          resultsText:
            'Jumlah bank sampah aktif naik dari 120 menjadi 214 pada tahun 2025 (target 200), dan porsi sampah rumah tangga yang didaur ulang naik dari 12% menjadi 17,5%, sedikit di bawah target 18%.',
          costsText:
            'Biaya proyek sebesar Rp3,5 miliar: 55% dari APBD kota dan 45% dari mitra CSR perusahaan, sebagian besar untuk timbangan, gudang penyimpanan, dan pelatihan. Setiap bank sampah menutup biaya operasionalnya dari selisih harga jual sampah.',
          whatWorked:
            'Buku tabungan membuat manfaat daur ulang terlihat oleh warga, dan kelompok PKK sudah dipercaya oleh tetangga mereka.',
          whatDidNot:
            'Ketika harga plastik turun pada paruh kedua 2025, beberapa bank sampah berhenti membeli plastik kresek dan setoran warga menurun.',
          howToReplicate:
            'Bekerja melalui kelompok warga yang sudah ada; sediakan timbangan dan gudang; umumkan harga beli; sepakati harga dasar dengan pendaur ulang agar bank sampah tetap bertahan saat harga pasar turun.',
        },
      },
    ],
  },
];
