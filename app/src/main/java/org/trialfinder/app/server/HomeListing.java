package org.trialfinder.app.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.trialfinder.model.Study;
import org.trialfinder.model.vocab.OverallStatus;
import org.trialfinder.store.StoreMetadata;
import org.trialfinder.store.StudyStore;

/**
 * The trials the home page lists: recruiting ones first, then the most recently updated. Built
 * with one pass over the store and kept until the store's data timestamp changes (the search
 * index will answer this directly once it exists).
 */
final class HomeListing {
    static final int SHOWN = 50;

    private final StudyStore store;
    private volatile String builtFor;
    private volatile HomeView view;

    HomeListing(StudyStore store) {
        this.store = store;
    }

    HomeView view() {
        String stamp = store.metadata().get(StoreMetadata.DATA_TIMESTAMP).orElse("");
        HomeView v = view;
        if (v == null || !stamp.equals(builtFor)) {
            synchronized (this) {
                if (view == null || !stamp.equals(builtFor)) {
                    view = build();
                    builtFor = stamp;
                }
                v = view;
            }
        }
        return v;
    }

    private record Ranked(StudyCard card, boolean recruiting, String lastUpdate) {
    }

    private static final Comparator<Ranked> ORDER = Comparator.comparing(Ranked::recruiting)
            .thenComparing(Ranked::lastUpdate)
            .thenComparing(r -> r.card().nctId(), Comparator.reverseOrder());

    private HomeView build() {
        // Keep the SHOWN best in a min-heap: one pass, flat memory, whatever the store size.
        PriorityQueue<Ranked> best = new PriorityQueue<>(ORDER);
        long[] counts = new long[2];
        store.forEach(stored -> {
            Study s = stored.study();
            boolean recruiting = s.overallStatus() == OverallStatus.RECRUITING;
            counts[0]++;
            if (recruiting) {
                counts[1]++;
            }
            String sponsor = s.protocolSection() != null && s.protocolSection().sponsorCollaboratorsModule() != null
                    && s.protocolSection().sponsorCollaboratorsModule().leadSponsor() != null
                    ? s.protocolSection().sponsorCollaboratorsModule().leadSponsor().name() : null;
            StudyCard card = new StudyCard(s.nctId(), s.briefTitle(),
                    s.overallStatus() == null ? "" : s.overallStatus().name(), StatusWords.of(s.overallStatus()),
                    s.conditions(), sponsor);
            best.add(new Ranked(card, recruiting, s.lastUpdatePostDate().map(Object::toString).orElse("")));
            if (best.size() > SHOWN) {
                best.poll();
            }
        });
        List<Ranked> ranked = new ArrayList<>(best);
        ranked.sort(ORDER.reversed());
        return new HomeView(counts[0], counts[1], ranked.stream().map(Ranked::card).toList());
    }
}
