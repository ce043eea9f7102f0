package org.trialfinder.app.site.study;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.trialfinder.app.site.PageRenderer;
import org.trialfinder.model.NctId;
import org.trialfinder.model.Study;
import org.trialfinder.store.StoredStudy;
import org.trialfinder.store.StudyStore;

/**
 * The trial pages: {@code /study/{nctId}}, its full list of sites ({@code /study/{nctId}/locations})
 * and its site map ({@code /study/{nctId}/map.svg}); readable URLs ({@code /study/{nctId}/{slug}},
 * {@code /trial/{slug}-{nctId}}), lower-case ids and old ids (aliases) answer 301 to the one page.
 * Each request reads the one stored record by id and parses it once; no search runs.
 */
public final class StudyPages {

    private final StudyStore store;
    private final PageRenderer pages;

    public StudyPages(StudyStore store, PageRenderer pages) {
        this.store = store;
        this.pages = pages;
    }

    /** GET /study/{nctId} */
    public void page(Context ctx) {
        String asked = ctx.pathParam("nctId");
        find(ctx, asked, "").ifPresent(stored -> {
            Study study = stored.study();
            StudyView view =
                    StudyViews.of(study, new SiteListing(stored.nctId(), study.locations(), stored.derivedGeoPoints()));
            ctx.html(pages.render(ctx, "site/study.jte", Map.of("v", view)));
        });
    }

    /** GET /study/{nctId}/locations?page=N */
    public void locations(Context ctx) {
        find(ctx, ctx.pathParam("nctId"), "/locations").ifPresent(stored -> {
            Study study = stored.study();
            SiteListing listing = new SiteListing(stored.nctId(), study.locations(), stored.derivedGeoPoints());
            String pageParam = ctx.queryParam("page");
            int page;
            try {
                page = pageParam == null ? 1 : Integer.parseInt(pageParam.strip());
            } catch (NumberFormatException e) {
                page = -1;
            }
            if (page < 1 || page > listing.pages()) {
                notFound(
                        ctx,
                        "No such page of sites",
                        "The sites of " + stored.nctId() + " fill " + listing.pages()
                                + (listing.pages() == 1 ? " page" : " pages")
                                + "; \"page\" must be a whole number from 1 to " + listing.pages() + ".");
                return;
            }
            String title = study.briefTitle() == null ? stored.nctId() : study.briefTitle();
            ctx.html(pages.render(
                    ctx,
                    "site/study-locations.jte",
                    Map.of(
                            "nctId",
                            stored.nctId(),
                            "title",
                            title,
                            "sites",
                            listing.page(page),
                            "page",
                            page,
                            "pages",
                            listing.pages())));
        });
    }

    /** GET /study/{nctId}/map.svg */
    public void map(Context ctx) {
        find(ctx, ctx.pathParam("nctId"), "/map.svg").ifPresent(stored -> {
            SiteListing listing =
                    new SiteListing(stored.nctId(), stored.study().locations(), stored.derivedGeoPoints());
            ctx.contentType("image/svg+xml; charset=utf-8").result(SiteMap.svg(listing.points()));
        });
    }

    /** GET /study/{nctId}/{slug}: the readable form of the trial page's address. */
    public void slugRedirect(Context ctx) {
        String asked = ctx.pathParam("nctId");
        find(ctx, asked, "").ifPresent(stored -> redirect(ctx, "/study/" + stored.nctId()));
    }

    /** GET /trial/{slug}: "preoperative-…-tracer-NCT06751394". */
    public void trialSlug(Context ctx) {
        String slug = ctx.pathParam("slug");
        Optional<NctId> id = NctId.parse(slug.substring(slug.lastIndexOf('-') + 1));
        if (id.isEmpty()) {
            notFound(
                    ctx, "Trial not found", "A trial address ends with the trial's NCT number, such as …-NCT06751394.");
            return;
        }
        find(ctx, id.get().value(), "").ifPresent(stored -> redirect(ctx, "/study/" + stored.nctId()));
    }

    /**
     * The stored study for the id in the address; when the address is not its canonical form (lower
     * case, leading zeros left out, an old id) answers the redirect, and for an unknown id the
     * friendly 404 page.
     */
    private Optional<StoredStudy> find(Context ctx, String asked, String suffix) {
        Optional<NctId> parsed = NctId.parse(asked);
        if (parsed.isEmpty()) {
            notFound(ctx, "Trial not found", NctId.message(asked) + ".");
            return Optional.empty();
        }
        String id = parsed.get().value();
        Optional<StoredStudy> stored = store.get(id);
        if (stored.isEmpty()) {
            notFound(
                    ctx,
                    "Trial not found",
                    "No trial " + id
                            + " is stored here. It may be newer than this copy of the data, or the number may be mistyped.");
            return Optional.empty();
        }
        if (!stored.get().nctId().equals(asked)) {
            String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
            redirect(ctx, "/study/" + stored.get().nctId() + suffix + query);
            return Optional.empty();
        }
        return stored;
    }

    private static void redirect(Context ctx, String location) {
        ctx.status(301).header("Location", location);
    }

    private void notFound(Context ctx, String heading, String message) {
        ctx.status(404).html(pages.render(ctx, "site/not-found.jte", Map.of("heading", heading, "message", message)));
    }
}
