package org.trialfinder.app.cli;

import picocli.CommandLine;

/** Reads the version Maven wrote into the jar manifest. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"trialfinder " + (v == null ? "(development build)" : v)};
    }
}
