package org.trialfinder.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a backup of a store holds: exactly one commit.
 *
 * @param folder the backup's folder (or, after a restore, the data folder)
 * @param commit the number of the commit copied, increasing with each commit of the store
 * @param studies the studies of that commit
 * @param files the files copied
 * @param bytes their total size
 * @param dataTimestamp the commit's {@link StoreMetadata#DATA_TIMESTAMP}
 */
public record BackupSummary(
        Path folder, long commit, long studies, int files, long bytes, Optional<String> dataTimestamp) {}
