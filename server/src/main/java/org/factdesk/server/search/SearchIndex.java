package org.factdesk.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * One instance's Lucene index, in its own folder. Only the follower's thread writes; searches run
 * on the last refreshed snapshot. Each commit records which change log rows it holds ({@code applied}
 * and the {@code gaps} below it not yet seen), so a restart resumes where the folder left off.
 */
final class SearchIndex implements AutoCloseable {
  private static final String APPLIED = "applied";
  private static final String GAPS = "gaps";
  private static final String FORMAT = "format";
  /** Raise when fields or analysis change: an index of another format is rebuilt at start. */
  static final String CURRENT_FORMAT = "1";

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  final FoldingAnalyzer analyzer = new FoldingAnalyzer();

  SearchIndex(Path folder) {
    try {
      Files.createDirectories(folder);
      directory = FSDirectory.open(folder);
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setRAMBufferSizeMB(32); // the heap is 256 MB in all
      writer = new IndexWriter(directory, config);
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + folder, e);
    }
  }

  /** True when the folder holds a committed index of the current format. */
  boolean usable() {
    return CURRENT_FORMAT.equals(commitData().get(FORMAT));
  }

  long applied() {
    return Long.parseLong(commitData().getOrDefault(APPLIED, "0"));
  }

  Set<Long> gaps() {
    String g = commitData().getOrDefault(GAPS, "");
    return g.isEmpty() ? new LinkedHashSet<>()
        : java.util.Arrays.stream(g.split(",")).map(Long::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private Map<String, String> commitData() {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    return data;
  }

  void put(Term uid, Document doc) throws IOException {
    writer.updateDocument(uid, doc);
  }

  void add(Document doc) throws IOException {
    writer.addDocument(doc);
  }

  void delete(Term uid) throws IOException {
    writer.deleteDocuments(uid);
  }

  void delete(Query query) throws IOException {
    writer.deleteDocuments(query);
  }

  void deleteAll() throws IOException {
    writer.deleteAll();
  }

  /** Makes what was written durable, with the change log position it reflects, and searchable. */
  void commit(long applied, Set<Long> gaps) throws IOException {
    writer.setLiveCommitData(Map.of(APPLIED, Long.toString(applied), FORMAT, CURRENT_FORMAT,
        GAPS, gaps.stream().map(String::valueOf).collect(Collectors.joining(","))).entrySet());
    writer.commit();
    searchers.maybeRefresh();
  }

  IndexSearcher acquire() throws IOException {
    return searchers.acquire();
  }

  void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  int documents() {
    return writer.getDocStats().numDocs;
  }

  long bytesOnDisk() throws IOException {
    long total = 0;
    for (String file : directory.listAll()) {
      total += directory.fileLength(file);
    }
    return total;
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
    directory.close();
  }

  /** An unreadable folder is rebuilt from the database: it is only a cache. */
  static SearchIndex openOrReset(Path folder) {
    try {
      return new SearchIndex(folder);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      if (e.getCause() instanceof LockObtainFailedException) {
        throw e; // another server uses this folder: never wipe it
      }
      try {
        if (Files.exists(folder)) {
          try (var files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
              Files.deleteIfExists(f);
            }
          }
        }
      } catch (IOException again) {
        e.addSuppressed(again);
        throw e;
      }
      return new SearchIndex(folder);
    }
  }
}
