package org.trialfinder.store.lucene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NoLockFactory;
import org.trialfinder.store.BackupSummary;
import org.trialfinder.store.StoreException;
import org.trialfinder.store.StoreLockedException;
import org.trialfinder.store.StoreMetadata;

/**
 * Backup and restore of the embedded store, safe while other processes read and write it.
 *
 * <p>A backup copies exactly one commit: the files named by the newest {@code segments_N}. Lucene never
 * changes a file once written, but a writer in another process may delete the commit's files (a newer
 * commit makes an old one unneeded, and merges replace segments). So every file of the commit is opened
 * before anything is copied: an open file stays readable after it is deleted, and a file deleted before it
 * could be opened means a newer commit exists, which is then backed up instead. No lock is taken, so
 * neither {@code serve} nor a running ingest or sync waits for a backup. The copy is checked with Lucene's
 * CheckIndex and described in a manifest (each file's size and SHA-256), written last.
 *
 * <p>A restore checks the backup against its manifest and with CheckIndex, then, holding the store's write
 * lock (so no ingest or sync runs meanwhile, and it refuses while one does), replaces the store's files.
 */
public final class LuceneBackup {
    /** The manifest in a backup folder, beside {@code index/}. */
    public static final String MANIFEST = "trialfinder-backup.json";

    private static final String FORMAT = "trialfinder-backup-1";
    private static final int ATTEMPTS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private record FileEntry(String name, long size, String sha256) {}

    private LuceneBackup() {}

    /** Copies the newest commit of the store in {@code dataDir} into the new folder {@code target}. */
    public static BackupSummary backup(Path dataDir, Path target) {
        return backup(dataDir, target, () -> {});
    }

    /** As {@link #backup(Path, Path)}; {@code filesOpened} runs once the commit's files are open (for tests). */
    static BackupSummary backup(Path dataDir, Path target, Runnable filesOpened) {
        Path index = dataDir.resolve("index");
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        refuseExisting(target);
        try (Directory dir = FSDirectory.open(index, NoLockFactory.INSTANCE)) {
            if (!DirectoryReader.indexExists(dir)) {
                throw new StoreException("there is no store in " + dataDir + " to back up");
            }
            deleteTree(partial);
            Files.createDirectories(partial.resolve("index"));
            OpenCommit commit = openNewestCommit(dir, index);
            List<FileEntry> entries = new ArrayList<>();
            try (commit) {
                filesOpened.run();
                for (Map.Entry<String, FileChannel> f : commit.files().entrySet()) {
                    entries.add(copy(f.getValue(), partial.resolve("index").resolve(f.getKey())));
                }
            }
            fsyncDir(partial.resolve("index"));
            BackupSummary summary = check(partial, commit.generation());
            writeManifest(partial, summary, entries);
            fsyncDir(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            fsyncDir(target.toAbsolutePath().getParent());
            return new BackupSummary(
                    target,
                    summary.commit(),
                    summary.studies(),
                    summary.files(),
                    summary.bytes(),
                    summary.dataTimestamp());
        } catch (IOException e) {
            throw new StoreException("cannot back up the store in " + dataDir + " to " + target + ": " + e, e);
        }
    }

    /** Checks a backup folder against its manifest and with CheckIndex; the message says what is damaged. */
    public static BackupSummary verify(Path backup) {
        JsonNode manifest = readManifest(backup);
        long bytes = 0;
        List<String> listed = new ArrayList<>();
        for (JsonNode f : manifest.path("files")) {
            String name = f.path("name").asText();
            listed.add(name);
            Path file = backup.resolve("index").resolve(name);
            if (!Files.isRegularFile(file)) {
                throw damaged(backup, "its file index/" + name + " is missing");
            }
            try {
                long size = Files.size(file);
                if (size != f.path("size").asLong()) {
                    throw damaged(
                            backup,
                            "its file index/" + name + " is " + size + " bytes; the manifest says "
                                    + f.path("size").asLong() + " (truncated or overwritten)");
                }
                if (!sha256(file).equals(f.path("sha256").asText())) {
                    throw damaged(
                            backup, "the content of its file index/" + name + " differs from the manifest's checksum");
                }
                bytes += size;
            } catch (IOException e) {
                throw damaged(backup, "its file index/" + name + " cannot be read: " + e.getMessage());
            }
        }
        try (Stream<Path> files = Files.list(backup.resolve("index"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (!listed.contains(p.getFileName().toString())) {
                    throw damaged(backup, "index/" + p.getFileName() + " is not in its manifest");
                }
            }
        } catch (IOException e) {
            throw damaged(backup, "its index folder cannot be listed: " + e.getMessage());
        }
        BackupSummary summary = check(backup, manifest.path("commit").asLong());
        if (summary.studies() != manifest.path("studies").asLong()) {
            throw damaged(
                    backup,
                    "it holds " + summary.studies() + " studies; the manifest says "
                            + manifest.path("studies").asLong());
        }
        return new BackupSummary(
                backup, summary.commit(), summary.studies(), listed.size(), bytes, summary.dataTimestamp());
    }

    /**
     * Replaces the store in {@code dataDir} by the backup in {@code backup}, after checking the backup.
     * Refuses when the folder holds a store and {@code force} is false, and while another process writes it.
     */
    public static BackupSummary restore(Path backup, Path dataDir, boolean force) {
        BackupSummary checked = verify(backup);
        Path index = dataDir.resolve("index");
        try {
            Files.createDirectories(index);
        } catch (IOException e) {
            throw new StoreException("cannot create the store folder " + index + ": " + e.getMessage(), e);
        }
        try (Directory dir = FSDirectory.open(index);
                Lock lock = writeLock(dir, dataDir)) {
            if (DirectoryReader.indexExists(dir) && !force) {
                long studies;
                try (DirectoryReader r = DirectoryReader.open(dir)) {
                    studies = r.numDocs();
                }
                throw new StoreException(dataDir + " already holds a store (" + studies
                        + " studies); restore refuses to replace it without --force");
            }
            lock.ensureValid();
            try (Stream<Path> old = Files.list(index)) {
                for (Path p : (Iterable<Path>) old::iterator) {
                    if (!p.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
                        Files.delete(p);
                    }
                }
            }
            // segments_N last: until it is in place the folder holds no commit at all, never a partial one
            List<Path> files;
            try (Stream<Path> s = Files.list(backup.resolve("index"))) {
                files = new ArrayList<>(s.sorted((a, b) -> Boolean.compare(isSegments(a), isSegments(b)))
                        .toList());
            }
            for (Path f : files) {
                lock.ensureValid();
                Path to = index.resolve(f.getFileName().toString());
                Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                try (FileChannel ch = FileChannel.open(to, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
            }
            fsyncDir(index);
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                if (r.numDocs() != checked.studies()) {
                    throw new StoreException("the restored store in " + dataDir + " holds " + r.numDocs()
                            + " studies, the backup " + checked.studies());
                }
            }
            return new BackupSummary(
                    dataDir,
                    checked.commit(),
                    checked.studies(),
                    checked.files(),
                    checked.bytes(),
                    checked.dataTimestamp());
        } catch (IOException e) {
            throw new StoreException("cannot restore " + backup + " into " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isSegments(Path p) {
        return p.getFileName().toString().startsWith(IndexFileNames.SEGMENTS);
    }

    private static Lock writeLock(Directory dir, Path dataDir) throws IOException {
        try {
            return dir.obtainLock(IndexWriter.WRITE_LOCK_NAME);
        } catch (LockObtainFailedException e) {
            throw new StoreLockedException(
                    "the store in " + dataDir
                            + " is being written by another Trialfinder process (ingest or sync); restore refuses"
                            + " to replace it now: wait for it to finish (and stop serve) first",
                    e);
        }
    }

    /** The newest commit with every one of its files open; retried when a writer deletes it meanwhile. */
    private static OpenCommit openNewestCommit(Directory dir, Path index) throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
            Map<String, FileChannel> open = new LinkedHashMap<>();
            try {
                for (String name : infos.files(true)) {
                    open.put(name, FileChannel.open(index.resolve(name), StandardOpenOption.READ));
                }
                return new OpenCommit(infos.getGeneration(), open);
            } catch (NoSuchFileException e) {
                // a writer committed and deleted this commit's files between our reads: take the newer one
                last = e;
                for (FileChannel ch : open.values()) {
                    ch.close();
                }
            }
        }
        throw new IOException("the store changed under every one of " + ATTEMPTS + " attempts", last);
    }

    private record OpenCommit(long generation, Map<String, FileChannel> files) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            for (FileChannel ch : files.values()) {
                ch.close();
            }
        }
    }

    private static FileEntry copy(FileChannel from, Path to) throws IOException {
        MessageDigest sha = sha256();
        long size;
        try (InputStream in = Channels.newInputStream(from.position(0));
                OutputStream out = new DigestOutputStream(
                        Files.newOutputStream(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), sha)) {
            size = in.transferTo(out);
        }
        try (FileChannel ch = FileChannel.open(to, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        return new FileEntry(to.getFileName().toString(), size, HexFormat.of().formatHex(sha.digest()));
    }

    /** CheckIndex over the folder's index, then its commit's figures; a finding is a damaged backup. */
    private static BackupSummary check(Path folder, long expectedGeneration) {
        Path index = folder.resolve("index");
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        try (Directory dir = FSDirectory.open(index, NoLockFactory.INSTANCE)) {
            if (!DirectoryReader.indexExists(dir)) {
                throw damaged(folder, "index/ holds no complete commit (no segments file)");
            }
            try (CheckIndex checker = new CheckIndex(dir)) {
                checker.setInfoStream(new PrintStream(report, true, StandardCharsets.UTF_8));
                CheckIndex.Status status = checker.checkIndex();
                if (!status.clean) {
                    throw damaged(folder, "Lucene's CheckIndex found problems: " + lastLines(report));
                }
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                long generation = r.getIndexCommit().getGeneration();
                if (generation != expectedGeneration) {
                    throw damaged(
                            folder, "it holds commit " + generation + ", the manifest names " + expectedGeneration);
                }
                long bytes = 0;
                for (String name : r.getIndexCommit().getFileNames()) {
                    bytes += Files.size(index.resolve(name));
                }
                return new BackupSummary(
                        folder,
                        generation,
                        r.numDocs(),
                        r.getIndexCommit().getFileNames().size(),
                        bytes,
                        Optional.ofNullable(r.getIndexCommit().getUserData().get(StoreMetadata.DATA_TIMESTAMP)));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof StoreException se) {
                throw se;
            }
            throw damaged(folder, "Lucene cannot read it: " + e.getMessage());
        }
    }

    private static String lastLines(ByteArrayOutputStream report) {
        String[] lines = report.toString(StandardCharsets.UTF_8).strip().split("\n");
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, lines.length - 6); i < lines.length; i++) {
            b.append(lines[i].strip()).append(i < lines.length - 1 ? " / " : "");
        }
        return b.toString();
    }

    private static void writeManifest(Path folder, BackupSummary summary, List<FileEntry> entries) throws IOException {
        ObjectNode m = JSON.createObjectNode();
        m.put("format", FORMAT);
        m.put("createdAt", Instant.now().toString());
        m.put("commit", summary.commit());
        m.put("studies", summary.studies());
        m.put("dataTimestamp", summary.dataTimestamp().orElse(null));
        ArrayNode files = m.putArray("files");
        for (FileEntry e : entries) {
            files.addObject().put("name", e.name()).put("size", e.size()).put("sha256", e.sha256());
        }
        Path file = folder.resolve(MANIFEST);
        Files.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(m));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static JsonNode readManifest(Path backup) {
        Path file = backup.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new StoreException(backup + " is not a Trialfinder backup (no " + MANIFEST
                    + "; a backup that did not finish has none)");
        }
        try {
            JsonNode m = JSON.readTree(file.toFile());
            if (!FORMAT.equals(m.path("format").asText()) || !m.path("files").isArray()) {
                throw damaged(backup, MANIFEST + " is not a manifest this Trialfinder reads");
            }
            return m;
        } catch (IOException e) {
            throw damaged(backup, MANIFEST + " cannot be read: " + e.getMessage());
        }
    }

    private static StoreException damaged(Path backup, String what) {
        return new StoreException("the backup in " + backup + " is damaged: " + what + "; it was not restored");
    }

    private static void refuseExisting(Path target) {
        if (Files.exists(target)) {
            try (Stream<Path> s = Files.list(target)) {
                if (s.findAny().isPresent()) {
                    throw new StoreException(target + " exists and is not empty; back up into a new folder");
                }
                Files.delete(target);
            } catch (IOException e) {
                throw new StoreException(target + " exists and cannot be used: " + e.getMessage(), e);
            }
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q :
                    s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(q);
            }
        }
    }

    private static void fsyncDir(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // some file systems cannot sync a folder; the files themselves were synced
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = Files.newInputStream(file);
                OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
