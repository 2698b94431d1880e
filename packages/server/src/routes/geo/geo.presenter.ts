import type { CityView, CountryView } from '@frontrunner/services';

/** The public fields of a country. */
export function presentCountry(c: CountryView) {
  return { iso3: c.iso3, iso2: c.iso2, m49: c.m49, name: c.name, cityCount: c.cityCount };
}

/** The public fields of a city. */
export function presentCity(c: CityView) {
  return {
    slug: c.slug,
    name: c.name,
    asciiName: c.asciiName,
    country: c.country,
    countryName: c.countryName,
    province: c.province,
    latitude: c.latitude,
    longitude: c.longitude,
    population: c.population,
    populationSource: c.populationSource,
    capital: c.capital,
    stage: c.stage,
    cohort: c.cohort,
    priorityGoals: c.priorityGoals,
    geonamesId: c.geonamesId,
    wikidataId: c.wikidataId,
    sources: c.sources,
  };
}
