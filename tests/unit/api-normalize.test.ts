// Query arguments that name something are normalized before lookup (src/api/normalize.ts).
import { describe, expect, it } from 'vitest';
import { normalizeQueryText } from '../../src/api/normalize.ts';
import { corsOrigins } from '../../src/api/plugins/cors.ts';
import { responseCacheOptions } from '../../src/api/cache.ts';

describe('normalizeQueryText', () => {
  it('drops zero-width, bidi and control characters', () => {
    expect(normalizeQueryText('王\u200b策\u200d飞\ufeff')).toBe('王策飞');
    expect(normalizeQueryText('\u202e王策飞\u0007\u0000')).toBe('王策飞');
  });
  it('applies NFKC: full-width letters, digits and spaces; combining marks composed', () => {
    expect(normalizeQueryText('\u3000王策飞\u3000')).toBe('王策飞');
    expect(normalizeQueryText('ＴＵＶ　２０２６')).toBe('TUV 2026');
    expect(normalizeQueryText('TU\u0308V')).toBe('TÜV');
  });
  it('turns traditional script into simplified', () => {
    expect(normalizeQueryText('龍崗區')).toBe('龙岗区');
    expect(normalizeQueryText('尋烏縣')).toBe('寻乌县');
  });
  it('leaves ids and plain names as they are', () => {
    expect(normalizeQueryText('p:0123abcd')).toBe('p:0123abcd');
    expect(normalizeQueryText('龙岗区')).toBe('龙岗区');
  });
});

describe('settings', () => {
  it('reads the CORS origins list (none by default)', () => {
    expect(corsOrigins({})).toEqual([]);
    expect(corsOrigins({ KG_CORS_ORIGINS: 'https://a.example, http://localhost:5173' })).toEqual(['https://a.example', 'http://localhost:5173']);
  });
  it('bounds the response cache in bytes by default, and names a bad value', () => {
    expect(responseCacheOptions({})?.maxBytes).toBe(200_000_000);
    expect(responseCacheOptions({ KG_CACHE_MAX_BYTES: '1000' })?.maxBytes).toBe(1000);
    expect(responseCacheOptions({ KG_RESPONSE_CACHE: 'off' })).toBeNull();
    expect(() => responseCacheOptions({ KG_CACHE_MAX_BYTES: '-5' })).toThrow('KG_CACHE_MAX_BYTES: "-5" is not a positive number');
  });
});
