import { describe, expect, it } from 'vitest';
import { renderCertificateHtml, type AttendanceCertificate } from './attendance-certificate';
import { printedUrl } from './certificate-page';
import { renderGraduationCertificateHtml } from './graduation-certificate-html';
import type { GraduationCertificateView } from './graduation-certificate.service';

const attendance: AttendanceCertificate = {
  reference: 'FR-ATT-1A2B3C4D-5E6F7A8B',
  name: 'Sok <b>Dara</b>',
  role: 'planning officer',
  cityName: 'Phnom Penh',
  training: {
    kind: 'workshop',
    title: 'Data & the SDGs',
    startsOn: '2030-03-01',
    endsOn: '2030-03-02',
    place: 'Siem Reap',
    online: true,
    organisers: ['Frontrunner secretariat'],
  },
  sessionsAttended: 2,
  sessionsTotal: 3,
};

const graduation: GraduationCertificateView = {
  id: '3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c',
  assessmentId: 'a1',
  city: { slug: 'luang-prabang', name: 'Luang <i>Prabang</i>', country: 'LAO' },
  fromStage: 'candidate',
  stage: 'model_city',
  title: 'Model City',
  rubricVersion: 2,
  decidedAt: '2030-05-12T08:00:00.000Z',
  issuedAt: '2030-05-12T08:00:00.000Z',
};

describe('a certificate of attendance in Khmer', () => {
  const page = renderCertificateHtml(attendance, {
    lang: 'km',
    publicUrl: 'https://frontrunner.example.org',
  });

  it('says its language and prints the Khmer labels, dates and programme', () => {
    expect(page).toContain('<html lang="km">');
    expect(page).toContain('កម្មវិធីទីក្រុងនាំមុខ SDGs របស់អាស៊ាន');
    expect(page).toContain('វិញ្ញាបនបត្របញ្ជាក់ការចូលរួម');
    expect(page).toContain('បានចូលរួមសិក្ខាសាលា');
    expect(page).toContain('1 មីនា 2030 – 2 មីនា 2030');
    expect(page).toContain('Siem Reap និងតាមអនឡាញ');
    expect(page).toContain('2 ក្នុងចំណោម 3');
    expect(page).not.toContain('Certificate of attendance');
  });

  it('keeps names as entered and escapes them', () => {
    expect(page).toContain('Sok &lt;b&gt;Dara&lt;/b&gt;');
    expect(page).toContain('Data &amp; the SDGs');
    expect(page).not.toContain('<b>Dara');
  });

  it('tells where to check it by its reference and the holder’s name', () => {
    expect(page.replace(/<[^>]+>/g, '')).toContain(
      'ពិនិត្យវិញ្ញាបនបត្រនេះនៅ https://frontrunner.example.org/verify-certificate?reference=FR-ATT-1A2B3C4D-5E6F7A8B ដោយប្រើឈ្មោះរបស់ម្ចាស់វិញ្ញាបនបត្រ។',
    );
  });
});

describe('a graduation certificate in Lao', () => {
  const page = renderGraduationCertificateHtml(graduation, {
    lang: 'lo',
    publicUrl: 'https://frontrunner.example.org',
  });

  it('says its language and names the stages, date and rubric in Lao', () => {
    expect(page).toContain('<html lang="lo">');
    expect(page).toContain('ໃບຢັ້ງຢືນການຈົບຂັ້ນ');
    expect(page).toContain('ໄດ້ຈົບຂັ້ນ ເມືອງຜູ້ສະໝັກ ແລະ ກ້າວຂຶ້ນເປັນ');
    expect(page).toContain('ເມືອງຕົວແບບ');
    expect(page).toContain('12 ພຶດສະພາ 2030');
    expect(page).toContain('ສະບັບ 2');
    expect(page).not.toContain('Model City');
  });

  it('escapes the city’s name and names its country in Lao, not by its code', () => {
    expect(page).toContain('Luang &lt;i&gt;Prabang&lt;/i&gt; (ລາວ)');
    expect(page).not.toContain('(LAO)');
  });

  it('sends a reader to the certificate’s web page, not to the API', () => {
    const text = page.replace(/<[^>]+>/g, '');
    expect(text).toContain(
      'https://frontrunner.example.org/graduation-certificates/3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c',
    );
    expect(text).not.toContain('/api/');
  });
});

describe('a graduation certificate in English and Khmer', () => {
  const cambodian = {
    ...graduation,
    city: { slug: 'siem-reap', name: 'Siem Reap', country: 'KHM' },
  };
  const publicUrl = 'https://frontrunner.example.org';

  it('prints the country by its name in the certificate’s language', () => {
    expect(renderGraduationCertificateHtml(cambodian, { lang: 'en', publicUrl })).toContain(
      'Siem Reap (Cambodia)',
    );
    expect(renderGraduationCertificateHtml(cambodian, { lang: 'km', publicUrl })).toContain(
      'Siem Reap (កម្ពុជា)',
    );
  });
});

describe('printedUrl', () => {
  it('lets a URL break after a slash or before its query, never inside a reference', () => {
    const url = printedUrl('https://x.org/verify-certificate?reference=FR-ATT-1A2B3C4D-5E6F7A8B');
    const pieces = [...url.value.matchAll(/<span>([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(pieces).toEqual([
      'https://x.org/',
      'verify-certificate',
      '?reference=FR-ATT-1A2B3C4D-5E6F7A8B',
    ]);
  });

  it('escapes what it prints', () => {
    expect(printedUrl('https://x.org/?q=<b>').value).toContain('?q=&lt;b&gt;');
  });
});
