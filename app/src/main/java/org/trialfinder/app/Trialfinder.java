package org.trialfinder.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.trialfinder.app.engine.StoreBackend;
import org.trialfinder.app.engine.StoreLocation;
import org.trialfinder.app.ops.SyncStatusBoard;
import org.trialfinder.app.sample.BundledSample;
import org.trialfinder.eligibility.intake.PatientIntake;
import org.trialfinder.eligibility.screen.CompiledCriteriaAttachment;
import org.trialfinder.eligibility.service.EligibilityService;
import org.trialfinder.geo.Gazetteer;
import org.trialfinder.geo.PlaceResolver;
import org.trialfinder.ingest.IngestOptions;
import org.trialfinder.ingest.IngestSummary;
import org.trialfinder.ingest.Ingester;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.browse.StudyBrowse;
import org.trialfinder.search.stats.StoreStatistics;
import org.trialfinder.search.summary.StudySummaries;
import org.trialfinder.search.terms.Abbreviations;
import org.trialfinder.search.terms.ConceptExpander;
import org.trialfinder.search.terms.ConditionSynonyms;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.BackupSummary;
import org.trialfinder.store.StoreCheck;
import org.trialfinder.store.StoreException;
import org.trialfinder.store.StudyStore;
import org.trialfinder.store.lucene.LuceneBackend;
import org.trialfinder.store.lucene.LuceneStoreCheck;

/**
 * The one place where Trialfinder is put together: the shared vocabularies (gazetteer, MeSH
 * thesaurus, condition abbreviations) are loaded here once and handed to what needs them, the
 * store backend is chosen and opened here (the embedded Lucene store in a folder, or a store on an
 * OpenSearch cluster: {@link StoreLocation}; both behind the same interfaces), and the ingester, the
 * place reader and the pre-screening are built over it. Every command, the web server, the tests'
 * servers and the benchmarks start from one of these.
 */
public final class Trialfinder implements AutoCloseable {
    private final Gazetteer gazetteer;
    private final MeshThesaurus mesh;
    private final StoreBackend backend;
    private final PlaceResolver places;
    private final Clock clock = Clock.systemDefaultZone();
    private final Abbreviations abbreviations;
    private final SyncStatusBoard syncStatus = new SyncStatusBoard();
    /** Built on first use: reading patients (FHIR, notes) costs start-up time only the server needs. */
    private PatientIntake intake;

    private EligibilityService eligibility;

    private Trialfinder(
            StoreLocation location,
            Gazetteer gazetteer,
            MeshThesaurus mesh,
            Abbreviations abbreviations,
            PrintStream log) {
        this.gazetteer = gazetteer;
        this.mesh = mesh;
        this.abbreviations = abbreviations;
        // the recruiting trials' criteria are compiled as they are stored, so a server that just
        // started screens a patient against them without parsing any criteria text
        this.backend = StoreBackend.open(
                location,
                mesh,
                new ConditionSynonyms(new ConceptExpander(mesh, abbreviations)),
                List.of(new CompiledCriteriaAttachment()),
                log);
        this.places = new PlaceResolver(gazetteer);
    }

    /**
     * Opens (creating if needed) the store in {@code dataDir}, upgrading its search index when an
     * older Trialfinder wrote it (said on {@code log}).
     */
    public static Trialfinder open(Path dataDir, PrintStream log) {
        return open(new StoreLocation.Folder(dataDir), log);
    }

    /**
     * Opens the store where the command line chose: a folder of the embedded engine (as {@link #open(Path,
     * PrintStream)}) or a store on an OpenSearch cluster, checked first to answer and not be red.
     *
     * @throws IllegalArgumentException naming a cluster address that is not one
     * @throws StoreException saying what is wrong with the store or the cluster (unreachable, red, of another
     *     version)
     */
    public static Trialfinder open(StoreLocation location, PrintStream log) {
        return new Trialfinder(
                location, Gazetteer.loadDefault(), MeshThesaurus.loadDefault(), Abbreviations.loadDefault(), log);
    }

    /**
     * Checks the files of the store in {@code dataDir} without opening it for use (the backend's own checker; the
     * store must not be being written). {@code quick}: checksums only.
     */
    public static StoreCheck check(Path dataDir, boolean quick) {
        return LuceneStoreCheck.check(dataDir, quick);
    }

    /**
     * Copies one commit of the store in {@code dataDir} into the new folder {@code target}, checked, while a
     * server reads it and an ingest or sync may write it (the backend decides how; nothing is opened for it).
     */
    public static BackupSummary backup(Path dataDir, Path target) {
        return LuceneBackend.backup(dataDir, target);
    }

    /** Brings a backup back into {@code dataDir}; refuses while another process writes it, and a full store unless forced. */
    public static BackupSummary restore(Path backup, Path dataDir, boolean force) {
        return LuceneBackend.restore(backup, dataDir, force);
    }

    public StudyStore store() {
        return backend.store();
    }

    public StudySearch search() {
        return backend.search();
    }

    public StudyBrowse browse() {
        return backend.browse();
    }

    /** Figures over every stored study that the statistics endpoints report, kept by the backend. */
    public StoreStatistics statistics() {
        return backend.statistics();
    }

    /** What list rows show of each trial, kept by the backend. */
    public StudySummaries summaries() {
        return backend.summaries();
    }

    /** Reads the places users type (search page, API, patient matching). */
    public PlaceResolver places() {
        return places;
    }

    public MeshThesaurus mesh() {
        return mesh;
    }

    /** An ingester into this store (ingest, sync, the bundled sample), geocoding with the shared gazetteer. */
    public Ingester ingester(IngestOptions options) {
        return new Ingester(store(), gazetteer, options);
    }

    /** What the background sync of a server over this store did last and does next (for /health). */
    public SyncStatusBoard syncStatus() {
        return syncStatus;
    }

    /** Loads the real ClinicalTrials.gov sample shipped with the app. */
    public IngestSummary loadSample(IngestOptions options) {
        return BundledSample.load(ingester(options));
    }

    /** Reads patients: JSON profiles, FHIR R4 Bundles and notes (with the shared MeSH and abbreviations). */
    public synchronized PatientIntake intake() {
        if (intake == null) {
            intake = new PatientIntake(mesh, abbreviations, clock);
        }
        return intake;
    }

    /**
     * Pre-screening and matching of patients against the stored trials; the candidates for a
     * patient are the recruiting trials the search finds for their conditions.
     */
    public synchronized EligibilityService eligibility() {
        if (eligibility == null) {
            eligibility = new EligibilityService(store(), search(), intake().notes(), clock);
        }
        return eligibility;
    }

    @Override
    public void close() {
        backend.close();
    }
}
