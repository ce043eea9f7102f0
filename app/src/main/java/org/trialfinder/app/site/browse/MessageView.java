package org.trialfinder.app.site.browse;

import java.util.List;

/** A page that only says something: an unknown address, a bad page number. */
public record MessageView(String title, List<Crumb> crumbs, String message) {}
