package org.trialfinder.app.server;

import java.util.List;

/** The home page's data: how many trials the store holds and the first of them, recruiting first. */
public record HomeView(long studies, long recruiting, List<StudyCard> trials) {}
