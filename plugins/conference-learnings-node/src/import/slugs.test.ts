import { conferenceEntityName } from './slugs';

describe('conferenceEntityName', () => {
  it('is the slug of the title', () => {
    expect(conferenceEntityName('KubeCon + CloudNativeCon Europe 2024')).toBe(
      'kubecon-cloudnativecon-europe-2024',
    );
  });

  it('keeps long titles that differ only at their end apart, within 40 characters', () => {
    const a = conferenceEntityName(
      'KubeCon + CloudNativeCon North America 2019',
    );
    const b = conferenceEntityName(
      'KubeCon + CloudNativeCon North America 2020 Virtual',
    );
    expect(a).not.toBe(b);
    for (const name of [a, b]) {
      expect(name.length).toBeLessThanOrEqual(40);
      expect(name).toMatch(/^kubecon-cloudnativecon-[a-z0-9-]+$/);
    }
  });

  it('names titles without letters or digits', () => {
    expect(conferenceEntityName('线上峰会')).toMatch(
      /^conference-[0-9a-f]{8}$/,
    );
  });
});
