package org.trialfinder.search;

/**
 * The site of a study nearest to the searched place (Trialfinder's addition to a hit): its index in
 * {@code contactsLocationsModule.locations}, the distance, and whether the site itself is recruiting
 * (recruiting sites are preferred even when a non-recruiting one is a little nearer).
 */
public record NearestSite(int locationIndex, double distanceKm, boolean recruiting, boolean derivedCoordinates) {}
