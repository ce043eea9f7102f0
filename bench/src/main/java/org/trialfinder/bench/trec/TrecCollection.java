package org.trialfinder.bench.trec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One judged topic set: its topics (notes) and judgments, as laid out under {@code shared/data/trec}. */
public record TrecCollection(String name, List<Topic> topics, Judgments judgments) {

    /** The four collections the benchmark evaluates, in the order it prints them. */
    public enum Source {
        TREC_2021("TREC CT 2021", "trec_2021/queries.jsonl", "trec_2021/qrels.tsv"),
        TREC_2022("TREC CT 2022", "trec_2022/queries.jsonl", "trec_2022/qrels.tsv"),
        TREC_2023("TREC CT 2023", "trec_2023/topics2023.xml", "trec_2023/qrels.tsv"),
        SIGIR_2016("SIGIR 2016", "sigir/queries.jsonl", "sigir/qrels.tsv");

        public final String label;
        final String topicsFile;
        final String qrelsFile;

        Source(String label, String topicsFile, String qrelsFile) {
            this.label = label;
            this.topicsFile = topicsFile;
            this.qrelsFile = qrelsFile;
        }

        /** Whether both files are under {@code trecDir}. */
        public boolean presentIn(Path trecDir) {
            return Files.isRegularFile(trecDir.resolve(topicsFile)) && Files.isRegularFile(trecDir.resolve(qrelsFile));
        }

        public TrecCollection load(Path trecDir) {
            Path topicsPath = trecDir.resolve(topicsFile);
            List<Topic> topics = topicsFile.endsWith(".xml")
                    ? TopicReader.readTrec2023(topicsPath)
                    : TopicReader.readJsonLines(topicsPath);
            return new TrecCollection(label, topics, Judgments.read(trecDir.resolve(qrelsFile)));
        }
    }
}
