package org.trialfinder.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The fingerprint of what a document stores (its JSON and derived coordinates), so an upsert of the same content
 * answers {@link UpsertOutcome#UNCHANGED} on every engine; compared only between versions of one study.
 */
public final class ContentHash {
    private ContentHash() {}

    public static long of(StudyDocument doc) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(doc.json());
            sha.update((byte) 0);
            if (!doc.derivedGeoPoints().isEmpty()) {
                sha.update(DerivedGeoPointsJson.toBytes(doc.derivedGeoPoints()));
            }
            byte[] h = sha.digest();
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
