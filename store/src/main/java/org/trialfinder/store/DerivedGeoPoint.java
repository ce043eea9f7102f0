package org.trialfinder.store;

/**
 * Coordinates Trialfinder derived from its gazetteer for one site of a study that had no
 * {@code geoPoint}. {@code locationIndex} is the site's position in
 * {@code contactsLocationsModule.locations}; {@code precision} says what matched
 * (POSTAL_CODE, CITY, REGION or COUNTRY) and {@code matchedPlace} names the gazetteer place used.
 */
public record DerivedGeoPoint(int locationIndex, double lat, double lon, String precision, String matchedPlace) {}
