import { describe, expect, it } from 'vitest';
import { fold, searchTerms, searchText } from './fold';

describe('fold', () => {
  it('removes accents and case so French and Vietnamese spellings meet', () => {
    expect(fold('Genève')).toBe('geneve');
    expect(fold('Việt Nam')).toBe('viet nam');
    expect(fold('Lê Thị Tuyết Mai')).toBe('le thi tuyet mai');
    expect(fold('Lê Thi Tuyêt Mai')).toBe(fold('Le Thi Tuyet Mai'));
    expect(fold('Đà Nẵng')).toBe('da nang');
  });

  it('unifies typographic apostrophes and spacing', () => {
    expect(fold('l’OIM')).toBe("l'oim");
    expect(fold('  Côte\u00a0d’Ivoire ')).toBe("cote d'ivoire");
  });

  it('expands ligatures and special letters', () => {
    expect(fold('Œuvre Straße Øresund')).toBe('oeuvre strasse oresund');
  });
});

describe('searchTerms', () => {
  it('splits a query into folded words and drops SQL wildcard characters', () => {
    expect(searchTerms('  Genève  100% _OIM_ ')).toEqual(['geneve', '100', 'oim']);
    expect(searchTerms('"')).toEqual([]);
  });
});

describe('searchText', () => {
  it('joins folded parts without duplicates or empties', () => {
    expect(searchText(['Genève', null, 'GENEVE', 'Ginebra', ''])).toBe('geneve | ginebra');
  });
});
