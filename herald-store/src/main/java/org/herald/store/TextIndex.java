package org.herald.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.jspecify.annotations.Nullable;

/**
 * The full-text index of the stored documents: German text analysed with Lucene's German
 * analyser (stemming, umlaut folding, stop words), English with the English one, other
 * languages with the standard analyser. A query searches every language's fields at once.
 *
 * <p>Where a write of the index fails, as on a full disk, Lucene stops its writer for good (the
 * documents it held unwritten are lost to the index, not to the store) and every later use of
 * the index fails; the errors are {@link HeraldException}s of {@link ErrorCode#RESOURCE} that
 * name the index and say where its disk is full. Opening the store again brings the index up
 * to date from the database ({@link IndexRepair}).
 */
public final class TextIndex implements AutoCloseable {
  private static final String[] FIELDS = {
      "title_de", "body_de", "title_en", "body_en", "title", "body"};
  private static final String[] BODIES = {"body_de", "body_en", "body"};
  private static final int COMMIT_EVERY = 50;
  /**
   * The field that holds a document's id and the language its text was analysed in ({@code
   * id}, a tab, {@code de}, {@code en} or nothing) as a doc value, read for each hit where the
   * stored id would cost a stored-fields block decompressed. Documents indexed before it have
   * only the stored id.
   */
  private static final String KEY = "key";
  /** At most this many passages are kept; more clear them. */
  static final int MAX_PASSAGES = 20_000;

  private final FSDirectory dir;
  private final Path path;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private int uncommitted;
  /**
   * The passages marked so far ("" where a document has none), by query and {@link #KEY}: a
   * passage depends only on the query, the document's text and the language it was analysed
   * in, and a document's id is the hash of its text, so a kept passage is right for every
   * document indexed under that key, whenever. Marking the words of fifty documents made a
   * search the dearest request under issue 23's load, and the same words are searched again
   * and again while each stored document changes the scores.
   */
  private final Map<PassageKey, String> passages = new ConcurrentHashMap<>();

  private TextIndex(FSDirectory dir, Analyzer analyzer, IndexWriter writer)
      throws IOException {
    this.dir = dir;
    this.path = dir.getDirectory();
    this.analyzer = analyzer;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
  }

  /** Opens the index at {@code path}, creating an empty one where there is none. */
  static TextIndex open(Path path) {
    try {
      return openChecked(path).index();
    } catch (IOException | RuntimeException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, path + ": cannot open the text index: "
          + e.getMessage(), e);
    }
  }

  /**
   * Opens the index at {@code path} (an empty one where there is none) and reads all of it
   * once: each file's checksum and every document's id, so that a damaged file is found now
   * rather than by a later search. A failure leaves nothing open and nothing written.
   *
   * @throws org.apache.lucene.store.LockObtainFailedException where another store holds it
   * @throws IOException or a runtime exception of Lucene's where it cannot be read
   */
  static Opened openChecked(Path path) throws IOException {
    FSDirectory dir = FSDirectory.open(path);
    IndexWriter writer = null;
    try {
      Analyzer german = new GermanAnalyzer();
      Analyzer english = new EnglishAnalyzer();
      Analyzer analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
          "title_de", german, "body_de", german, "title_en", english, "body_en", english));
      writer = new IndexWriter(dir, new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
      TextIndex index = new TextIndex(dir, analyzer, writer);
      try {
        return new Opened(index, index.checkedIds());
      } catch (IOException | RuntimeException e) {
        try {
          index.searchers.close();
        } catch (IOException | RuntimeException e2) {
          e.addSuppressed(e2);
        }
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      try {
        if (writer != null) {
          writer.rollback();
        }
        dir.close();
      } catch (IOException | RuntimeException e2) {
        e.addSuppressed(e2);
      }
      throw e;
    }
  }

  /** An index just opened and the ids of the documents it holds. */
  record Opened(TextIndex index, Set<String> ids) {}

  private Set<String> checkedIds() throws IOException {
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : r.leaves()) {
        leaf.reader().checkIntegrity();
      }
      return ids(r);
    }
  }

  /** Adds or replaces one document. */
  synchronized void add(String id, @Nullable String title, String body, @Nullable String language,
      @Nullable String published) {
    String suffix = "de".equals(language) ? "_de" : "en".equals(language) ? "_en" : "";
    Document d = new Document();
    d.add(new StringField("id", id, Field.Store.YES));
    d.add(new BinaryDocValuesField(KEY, new BytesRef(id + "\t" + suffix.replace("_", ""))));
    if (title != null) {
      d.add(new TextField("title" + suffix, title, Field.Store.YES));
    }
    d.add(new TextField("body" + suffix, body, Field.Store.YES));
    if (published != null) {
      d.add(new StringField("published", published, Field.Store.YES));
    }
    try {
      writer.updateDocument(new Term("id", id), d);
      if (++uncommitted >= COMMIT_EVERY) {
        commit();
      }
    } catch (IOException | AlreadyClosedException e) {
      throw failed(id + ": cannot index", e);
    }
  }

  synchronized void delete(String id) {
    try {
      writer.deleteDocuments(new Term("id", id));
    } catch (IOException | AlreadyClosedException e) {
      throw failed(id + ": cannot unindex", e);
    }
  }

  synchronized void commit() {
    try {
      writer.commit();
      uncommitted = 0;
    } catch (IOException | AlreadyClosedException e) {
      throw failed("cannot commit the text index", e);
    }
  }

  /** The ids of every indexed document. */
  Set<String> ids() {
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      return ids(r);
    } catch (IOException | AlreadyClosedException e) {
      throw failed("cannot read the text index", e);
    }
  }

  private static Set<String> ids(DirectoryReader r) throws IOException {
    Set<String> out = new HashSet<>();
    for (LeafReaderContext leaf : r.leaves()) {
      LeafReader lr = leaf.reader();
      Bits live = lr.getLiveDocs();
      var stored = lr.storedFields();
      for (int i = 0; i < lr.maxDoc(); i++) {
        if (live == null || live.get(i)) {
          String id = stored.document(i, Set.of("id")).get("id");
          if (id == null) {
            throw new CorruptIndexException("document " + i + " has no id", lr.toString());
          }
          out.add(id);
        }
      }
    }
    return out;
  }

  /** One document found: its id, score and a passage with the query's words marked. */
  public record Hit(String id, double score, @Nullable String snippet) {}

  /**
   * The best documents for a query in Lucene's syntax (words, "phrases", AND, OR, -word), each
   * with a passage; a query that does not parse is searched as plain words.
   */
  public List<Hit> search(String q, int limit) {
    Query query = parse(q);
    return search(query, query, q, limit, true);
  }

  /**
   * The best documents for a query, as {@link #search} finds them, without passages: for a
   * caller that shows only some of them, and asks {@link #passages} for those. Marking the
   * query's words in every hit, up to a thousand for a page of twenty, made a document search
   * the API's dearest request under load (issue 23).
   */
  public List<Hit> find(String q, int limit) {
    Query query = parse(q);
    return search(query, query, q, limit, false);
  }

  /**
   * The passages of the given documents with a query's words marked, as {@link #search} gives
   * them, by document id; a document the query does not match, or no longer indexed, has none.
   */
  public Map<String, String> passages(String q, Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Query query = parse(q);
    List<BytesRef> terms = ids.stream().map(BytesRef::new).toList();
    Query only = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
        .add(new TermInSetQuery("id", terms), BooleanClause.Occur.FILTER).build();
    Map<String, String> out = new HashMap<>();
    for (Hit h : search(only, query, q, ids.size(), true)) {
      if (h.snippet() != null) {
        out.put(h.id(), h.snippet());
      }
    }
    return out;
  }

  /**
   * @param query what to find
   * @param words whose words the passages mark
   * @param q the query as asked, under which the passages are kept
   */
  private List<Hit> search(Query query, Query words, String q, int limit, boolean passages) {
    try {
      searchers.maybeRefresh();
      IndexSearcher s = searchers.acquire();
      try {
        TopDocs top = s.search(query, limit);
        String[] keys = new String[top.scoreDocs.length];
        String[] ids = ids(s, top.scoreDocs, keys);
        String[] snippets = new String[ids.length];
        if (passages) {
          List<ScoreDoc> unmarked = new ArrayList<>();
          List<Integer> where = new ArrayList<>();
          for (int i = 0; i < ids.length; i++) {
            snippets[i] = keys[i] == null ? null : this.passages.get(new PassageKey(q, keys[i]));
            if (snippets[i] == null) {
              unmarked.add(top.scoreDocs[i]);
              where.add(i);
            }
          }
          if (!unmarked.isEmpty()) {
            String[] marked = mark(s, words, top.totalHits, unmarked);
            for (int k = 0; k < marked.length; k++) {
              int i = where.get(k);
              snippets[i] = marked[k] == null ? "" : marked[k];
              if (keys[i] != null) {
                if (this.passages.size() >= MAX_PASSAGES) {
                  this.passages.clear();
                }
                this.passages.put(new PassageKey(q, keys[i]), snippets[i]);
              }
            }
          }
        }
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
          String snippet = snippets[i] == null || snippets[i].isEmpty() ? null : snippets[i];
          out.add(new Hit(ids[i], top.scoreDocs[i].score, snippet));
        }
        return out;
      } finally {
        searchers.release(s);
      }
    } catch (IOException | AlreadyClosedException e) {
      throw failed("search failed", e);
    }
  }

  /**
   * The passage of each hit with the query's words marked, as HTML: the article's own text
   * escaped, the words in {@code <b>}; null where a hit has none.
   */
  private String[] mark(IndexSearcher s, Query words, org.apache.lucene.search.TotalHits total,
      List<ScoreDoc> hits) throws IOException {
    UnifiedHighlighter hl = UnifiedHighlighter.builder(s, analyzer)
        .withFormatter(new DefaultPassageFormatter("<b>", "</b>", "… ", true)).build();
    TopDocs these = new TopDocs(total, hits.toArray(new ScoreDoc[0]));
    Map<String, String[]> byField = hl.highlightFields(BODIES, words, these,
        new int[] {1, 1, 1});
    String[] out = new String[hits.size()];
    for (int i = 0; i < out.length; i++) {
      for (String f : BODIES) {
        String[] v = byField.get(f);
        if (v != null && v[i] != null) {
          out[i] = v[i];
          break;
        }
      }
    }
    return out;
  }

  /**
   * The ids of the hits, in their order: from the doc value where the document has one, read
   * in the order of the index, else from the stored field.
   *
   * @param keys filled with each hit's {@link #KEY}, null where it has none
   */
  private static String[] ids(IndexSearcher s, ScoreDoc[] hits, @Nullable String[] keys)
      throws IOException {
    String[] out = new String[hits.length];
    Integer[] order = new Integer[hits.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Integer.compare(hits[a].doc, hits[b].doc));
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    StoredFields stored = null;
    int leaf = -1;
    BinaryDocValues values = null;
    for (int i : order) {
      int doc = hits[i].doc;
      int l = ReaderUtil.subIndex(doc, leaves);
      LeafReaderContext ctx = leaves.get(l);
      if (l != leaf) {
        leaf = l;
        values = ctx.reader().getBinaryDocValues(KEY);
      }
      if (values != null && values.advanceExact(doc - ctx.docBase)) {
        keys[i] = values.binaryValue().utf8ToString();
        out[i] = keys[i].substring(0, keys[i].indexOf('\t'));
      } else {
        if (stored == null) {
          stored = s.storedFields();
        }
        out[i] = stored.document(doc, Set.of("id")).get("id");
      }
    }
    return out;
  }

  /** A passage's key: the query as asked, and the document's {@link #KEY}. */
  private record PassageKey(String q, String id) {}

  private Query parse(String q) {
    MultiFieldQueryParser p = new MultiFieldQueryParser(FIELDS, analyzer,
        Map.of("title_de", 2f, "title_en", 2f, "title", 2f));
    p.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return p.parse(q);
    } catch (ParseException | RuntimeException e) {
      try {
        return p.parse(QueryParser.escape(q));
      } catch (ParseException e2) {
        throw new HeraldException(ErrorCode.BAD_ARGUMENT, "cannot search for '" + q + "': "
            + e2.getMessage());
      }
    }
  }

  /** How many documents the index holds. */
  public int size() {
    try {
      searchers.maybeRefresh();
      IndexSearcher s = searchers.acquire();
      try {
        return s.getIndexReader().numDocs();
      } finally {
        searchers.release(s);
      }
    } catch (IOException | AlreadyClosedException e) {
      throw failed("cannot read the text index", e);
    }
  }

  /**
   * A failure of the index as an error for the user: where the disk is full, or the writer
   * stopped after a failed write, one that says so and names the index.
   *
   * @param what what could not be done
   */
  private HeraldException failed(String what, Exception e) {
    String repair = "the store indexes the stored documents it lacks when it next opens";
    Throwable tragedy = writer.getTragicException();
    if (e instanceof AlreadyClosedException && tragedy != null) {
      return new HeraldException(ErrorCode.RESOURCE, what + ": the text index " + path
          + " stopped after a failed write (" + tragedy.getMessage() + "); " + repair, e);
    }
    if (Database.diskFull(e)) {
      return new HeraldException(ErrorCode.RESOURCE, what + ": the disk of the text index "
          + path + " is full (" + e.getMessage() + "); " + repair, e);
    }
    return new HeraldException(ErrorCode.INTERNAL, what + ": " + e.getMessage(), e);
  }

  /**
   * Commits what the index holds and closes it. The index is closed even where the commit
   * fails (a full disk); the documents it could not write are indexed again when the store
   * next opens.
   */
  @Override
  public synchronized void close() {
    Exception failure = null;
    try {
      searchers.close();
    } catch (IOException | RuntimeException e) {
      failure = e;
    }
    try {
      writer.close(); // a writer that cannot commit rolls back and closes all the same
    } catch (IOException | RuntimeException e) {
      failure = suppress(failure, e);
    }
    try {
      dir.close();
    } catch (IOException | RuntimeException e) {
      failure = suppress(failure, e);
    }
    if (failure != null) {
      throw failed("cannot close the text index", failure);
    }
  }

  private static Exception suppress(@Nullable Exception first, Exception next) {
    if (first == null) {
      return next;
    }
    first.addSuppressed(next);
    return first;
  }
}
