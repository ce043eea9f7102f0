package org.trialfinder.search.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.trialfinder.model.Study;
import org.trialfinder.model.protocol.IdentificationModule;
import org.trialfinder.model.protocol.Location;
import org.trialfinder.model.protocol.SponsorCollaboratorsModule;
import org.trialfinder.search.browse.BrowseKeys;

/**
 * What a list row shows of a trial (search results, home page, browse pages), taken from its record
 * when it is stored, so a list reads a few hundred bytes per trial instead of parsing whole records.
 * Values are as the record writes them (enums by name), {@code null} where the record gives none:
 * each list applies its own wording, exactly as it does with the record.
 *
 * @param phases     the record's phases, in order (empty when none)
 * @param conditions the record's conditions as the sponsor wrote them (empty when none)
 * @param sites      every entry of the record's {@code locations}, in order ({@code null} for a null entry),
 *                   so a location index of the record is an index here
 */
public record StudySummary(
        String nctId,
        String briefTitle,
        String officialTitle,
        String overallStatus,
        List<String> phases,
        String studyType,
        List<String> conditions,
        String leadSponsor,
        List<Site> sites) {

    /**
     * A site as the record writes it, and its browse city key ({@link BrowseKeys.SitePlace#cityKey()}:
     * empty when the site names no country or no city).
     */
    public record Site(String facility, String city, String state, String country, String status, String cityKey) {}

    /**
     * The summary of a study.
     *
     * @param derivedRegion for a location index, the first-level division of the site's derived geocode (or null)
     */
    public static StudySummary of(Study study, IntFunction<String> derivedRegion) {
        IdentificationModule id =
                study.protocolSection() == null ? null : study.protocolSection().identificationModule();
        SponsorCollaboratorsModule sponsors =
                study.protocolSection() == null ? null : study.protocolSection().sponsorCollaboratorsModule();
        List<Location> locations = study.locations();
        List<Site> sites = new ArrayList<>(locations.size());
        for (int i = 0; i < locations.size(); i++) {
            Location l = locations.get(i);
            if (l == null) {
                sites.add(null);
                continue;
            }
            String status = l.status() == null ? null : l.status().name();
            BrowseKeys.SitePlace place =
                    BrowseKeys.sitePlace(i, l.facility(), l.country(), l.state(), l.city(), status, derivedRegion);
            sites.add(new Site(
                    l.facility(), l.city(), l.state(), l.country(), status, place == null ? "" : place.cityKey()));
        }
        return new StudySummary(
                study.nctId(),
                study.briefTitle(),
                id == null ? null : id.officialTitle(),
                study.overallStatus() == null ? null : study.overallStatus().name(),
                study.phases().stream().map(Enum::name).toList(),
                study.studyType() == null ? null : study.studyType().name(),
                study.conditions(),
                sponsors == null || sponsors.leadSponsor() == null
                        ? null
                        : sponsors.leadSponsor().name(),
                sites);
    }
}
