/** AgencyCatalogue: loads data/agencies.json, validates with precise errors, answers per body and topic. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AGENCY_IDS } from '../../../src/agencies/agencyIds';
import { AgencyCatalogue, AgencyDataError } from '../../../src/agencies/agencyCatalogue';
import { TOPIC_IDS } from '../../../src/agencies/topicIds';
import { LANGS } from '../../../src/languages';
import { dataDir, localesDir } from '../../../src/paths';

const raw = (): { agencies: Record<string, unknown>[]; topics: Record<string, unknown>[] } =>
  JSON.parse(readFileSync(join(dataDir, 'agencies.json'), 'utf8')) as {
    agencies: Record<string, unknown>[];
    topics: Record<string, unknown>[];
  };

describe('AgencyCatalogue', () => {
  const catalogue = AgencyCatalogue.fromFile();

  it('holds every body of CONTRACT.md', () => {
    for (const id of AGENCY_IDS) expect(catalogue.get(id).id).toBe(id);
  });

  it('gives the official name per language, falling back to the Swedish name', () => {
    expect(catalogue.name('migrationsverket', 'sv')).toBe('Migrationsverket');
    expect(catalogue.name('migrationsverket', 'en')).toBe('Swedish Migration Agency');
    expect(catalogue.name('migrationsverket', 'uk')).toBe('Міграційна служба');
    // No official Ukrainian name was found for Pensionsmyndigheten: the Swedish one is used.
    expect(catalogue.name('pensionsmyndigheten', 'uk')).toBe('Pensionsmyndigheten');
  });

  it('gives the telephone in display form and E.164 with its verification status', () => {
    const phone = catalogue.telephone('pensionsmyndigheten');
    expect(phone).toMatchObject({ display: '0771-776 776', e164: '+46771776776', status: 'own' });
    expect(catalogue.telephone('csn')?.status).toBe('secondary');
    expect(catalogue.telephone('region')).toMatchObject({ dial: '1177', e164: null });
    expect(catalogue.telephone('polisen')).toMatchObject({
      display: '114 14',
      purpose: 'nonUrgent',
    });
    expect(catalogue.telephone('kommun')).toBeUndefined();
  });

  it('marks unverified numbers so the bot says "check on the website"', () => {
    const fk = catalogue.telephone('forsakringskassan');
    expect(fk?.status).toBe('unverified');
    expect(fk && catalogue.needsWebsiteCheck(fk)).toBe(true);
    const af = catalogue.telephone('arbetsformedlingen');
    expect(af && catalogue.needsWebsiteCheck(af)).toBe(false);
  });

  it('never carries the numbers the notes say not to use', () => {
    const text = readFileSync(join(dataDir, 'agencies.json'), 'utf8').replace(/\s/g, '');
    expect(text).not.toContain('0771-179000');
    expect(text).not.toContain('0771-456000');
  });

  it('says where a servicekontor can help and where to go instead', () => {
    expect(catalogue.direction({ topic: 'parentalBenefit' })).toEqual({
      agency: 'forsakringskassan',
      servicekontor: 'all',
    });
    expect(catalogue.direction({ topic: 'passport' })).toEqual({
      agency: 'polisen',
      servicekontor: 'none',
      goInstead: 'polisen',
    });
    expect(catalogue.direction({ topic: 'drivingTest' })?.goInstead).toBe('trafikverket');
    expect(catalogue.direction({ agency: 'migrationsverket' })?.servicekontor).toBe('some');
    expect(catalogue.direction({})).toBeUndefined();
  });

  it('builds the GovernmentOrganization entity of CONTRACT.md', () => {
    expect(catalogue.entity('skatteverket', 'en')).toEqual({
      type: 'GovernmentOrganization',
      identifier: 'skatteverket',
      name: 'Swedish Tax Agency',
      url: 'https://www.skatteverket.se',
      telephone: '+46771567567',
    });
    expect(catalogue.entity('emergency')).toEqual({
      type: 'GovernmentOrganization',
      identifier: 'emergency',
      name: '112',
      telephone: '112',
    });
  });

  it('has a topic row for every topic, each under the body that handles it', () => {
    for (const id of TOPIC_IDS) expect(catalogue.topic(id).id).toBe(id);
  });

  it('rejects a bad file naming the agency, field and problem', () => {
    const data = raw();
    const fk = data.agencies.find((a) => a.id === 'forsakringskassan');
    if (fk) fk.url = 'not a url';
    expect(() => new AgencyCatalogue(data)).toThrow(AgencyDataError);
    expect(() => new AgencyCatalogue(data)).toThrow(
      /agencies\[1\]\.url \(id "forsakringskassan"\): Invalid url/,
    );
  });

  it('rejects a missing body, a duplicate and a topic under the wrong body', () => {
    const data = raw();
    data.agencies = data.agencies.filter((a) => a.id !== 'csn');
    const topic = data.topics.find((t) => t.id === 'passport');
    if (topic) topic.agency = 'skatteverket';
    let message = '';
    try {
      new AgencyCatalogue(data);
    } catch (err) {
      message = err instanceof Error ? err.message : '';
    }
    expect(message).toContain('"csn" is missing');
    expect(message).toContain('"passport" belongs to "polisen", not "skatteverket"');
  });

  it('rejects an own or secondary number without a source', () => {
    const data = raw();
    const phones = data.agencies[0]?.phones as Record<string, unknown>[];
    if (phones[0]) phones[0].source = null;
    expect(() => new AgencyCatalogue(data)).toThrow(/phones\[0\]\.source.*needs a source/);
  });

  it('reports a file that is not JSON with its path', () => {
    expect(() => AgencyCatalogue.fromFile(join(localesDir, 'missing.json'))).toThrow(
      /missing\.json/,
    );
  });
});

describe('locales/<lang>/agencies.json', () => {
  const files = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      JSON.parse(readFileSync(join(localesDir, lang, 'agencies.json'), 'utf8')) as Record<
        string,
        string
      >,
    ]),
  );

  // Same keys in all three languages, a name's forms (cases, a button's label) aside: test/unit/locales/parity.test.ts.

  it('describes every body and labels every topic', () => {
    for (const lang of LANGS) {
      for (const id of AGENCY_IDS) {
        expect(files[lang]?.[`${id}.does`]).toEqual(expect.any(String));
        expect(files[lang]?.[`${id}.name`]).toEqual(expect.any(String));
      }
      for (const topic of TOPIC_IDS)
        expect(files[lang]?.[`topic.${topic}`]).toEqual(expect.any(String));
    }
  });

  it('uses the same placeholders in every language', () => {
    const placeholders = (s: string): string[] => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
    for (const [key, value] of Object.entries(files.sv ?? {})) {
      expect(placeholders(files.en?.[key] ?? '')).toEqual(placeholders(value));
      expect(placeholders(files.uk?.[key] ?? '')).toEqual(placeholders(value));
    }
  });
});
