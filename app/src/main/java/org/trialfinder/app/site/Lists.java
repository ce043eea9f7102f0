package org.trialfinder.app.site;

import java.util.List;

/** The record model keeps an absent list as {@code null} (so it is written back absent); pages read it as empty. */
public final class Lists {
    private Lists() {}

    public static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
