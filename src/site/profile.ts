/**
 * Reading a profile from elsewhere (a file, another process): its format, version, shape
 * and size are checked, so a bad file gives a typed error instead of a wrong extraction.
 */
import { SiteProfileError } from '../errors.js';
import type { SiteProfile } from '../types.js';
import { SITE_PROFILE_MAX_BYTES } from '../tuning.js';

const FORMAT = 'ward-news/site-profile';

function fail(why: string): never {
  throw new SiteProfileError('INVALID_PROFILE', `not a site profile: ${why}`);
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isSlot = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 2000;

/**
 * Validates a site profile given as JSON text or as a parsed value, and returns it typed.
 * @throws {@link SiteProfileError} `INVALID_PROFILE` (not JSON, wrong shape),
 *   `UNSUPPORTED_VERSION`, `TOO_LARGE` (over 1 MiB).
 */
export function readSiteProfile(input: string | unknown): SiteProfile {
  let value: unknown = input;
  if (typeof input === 'string') {
    if (input.length > SITE_PROFILE_MAX_BYTES) throw new SiteProfileError('TOO_LARGE', `a site profile is at most ${SITE_PROFILE_MAX_BYTES} bytes, this one has ${input.length}`);
    try { value = JSON.parse(input); } catch (e) { fail(`invalid JSON (${(e as Error).message})`); }
  } else if (JSON.stringify(value ?? null).length > SITE_PROFILE_MAX_BYTES) {
    throw new SiteProfileError('TOO_LARGE', `a site profile is at most ${SITE_PROFILE_MAX_BYTES} bytes`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail('expected an object');
  const p = value as Record<string, unknown>;
  if (p.format !== FORMAT) fail(`format is ${JSON.stringify(p.format)}, expected "${FORMAT}"`);
  if (p.version !== 1) throw new SiteProfileError('UNSUPPORTED_VERSION', `site profile version ${JSON.stringify(p.version)} is not supported (this library reads version 1)`);
  if (!isCount(p.pages)) fail('pages must be a count');
  if (!Array.isArray(p.hosts) || !p.hosts.every((h) => typeof h === 'string')) fail('hosts must be a list of strings');
  if (!Array.isArray(p.templateLines) || !p.templateLines.every((l) => l && isSlot(l.slot) && typeof l.text === 'string' && isCount(l.pages))) {
    fail('templateLines must be a list of { slot, text, pages }');
  }
  if (!Array.isArray(p.templateSlots) || !p.templateSlots.every((l) => l && isSlot(l.slot) && isCount(l.pages))) {
    fail('templateSlots must be a list of { slot, pages }');
  }
  const c = p.container as Record<string, unknown> | null;
  if (c !== null && (typeof c !== 'object' || !Array.isArray(c.roots) || !c.roots.length || !c.roots.every(isSlot) || !isCount(c.pages))) {
    fail('container must be null or { roots, pages }');
  }
  const t = p.title as Record<string, unknown> | null;
  if (t !== null && (typeof t !== 'object' || !isSlot(t.slot) || !isCount(t.pages))) fail('title must be null or { slot, pages }');
  return value as SiteProfile;
}
