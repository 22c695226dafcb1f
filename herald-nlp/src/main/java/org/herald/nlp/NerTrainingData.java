package org.herald.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;

/**
 * What {@code train/ner/train.py} needs from CoreNLP to train Herald's German entity tagger:
 * the distributional word classes inside CoreNLP's German NER model (509,238 words in 600
 * classes, learnt by Stanford from a large German corpus), and the part of speech CoreNLP's German
 * tagger gives each word of the GermEval files, as Herald's pipeline will give them at run time.
 */
public final class NerTrainingData {
  private static final String CORENLP_GERMAN = "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz";
  private static final String GERMAN_TAGGER = "edu/stanford/nlp/models/pos-tagger/german-ud.tagger";
  private static final String GERMAN_PARSER = "edu/stanford/nlp/models/parser/nndep/UD_German.gz";

  private NerTrainingData() {}

  /** Writes the word classes as gzipped "word TAB class" lines, sorted; returns how many. */
  public static int writeWordClasses(Path out) {
    Map<String, String> lexicon = new TreeMap<>(wordClasses());
    try (Writer w = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
      for (Map.Entry<String, String> e : lexicon.entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lexicon.size();
  }

  /** The distributional word classes (word to class) inside CoreNLP's German model. */
  @SuppressWarnings("unchecked")
  static Map<String, String> wordClasses() {
    try {
      CRFClassifier<CoreLabel> german = CRFClassifier.getClassifier(CORENLP_GERMAN);
      Field factories = AbstractSequenceClassifier.class.getDeclaredField("featureFactories");
      factories.setAccessible(true);
      for (Object f : (List<?>) factories.get(german)) {
        if (f instanceof NERFeatureFactory<?>) {
          Field lexicon = NERFeatureFactory.class.getDeclaredField("lexicon");
          lexicon.setAccessible(true);
          Map<String, String> m = (Map<String, String>) lexicon.get(f);
          if (m != null && !m.isEmpty()) {
            return m;
          }
        }
      }
    } catch (IOException | ReflectiveOperationException e) {
      throw new HeraldException(ErrorCode.RESOURCE,
          "cannot read the word classes of CoreNLP's German model: " + e, e);
    }
    throw new HeraldException(ErrorCode.RESOURCE, "CoreNLP's German model holds no word classes");
  }

  /**
   * Writes, for each word of GermEval files (the training split's "word TAB tags" lines, or dev's
   * and test's "index TAB word TAB tags" lines with '#' comments), the part of speech CoreNLP's
   * German tagger gives it into NAME.pos and its {@link WordSignature} into NAME.dict, one a line,
   * a blank line after each sentence; the tagger is loaded once. Returns each file's number of
   * sentences.
   *
   * @param files GermEval file to NAME, the output path without its extension
   * @param wordColumns the column holding the word in each file: 0 for the training split, 1 for
   *     dev and test
   */
  public static List<Integer> writeWordFeatures(List<Path> files, List<Integer> wordColumns,
      List<Path> names) {
    MaxentTagger tagger = new MaxentTagger(GERMAN_TAGGER);
    List<Integer> counts = new ArrayList<>();
    for (int f = 0; f < files.size(); f++) {
      List<List<String>> sentences = sentences(files.get(f), wordColumns.get(f));
      Path name = names.get(f);
      try (BufferedWriter pos = Files.newBufferedWriter(name.resolveSibling(name.getFileName()
              + ".pos"), StandardCharsets.UTF_8);
          BufferedWriter dict = Files.newBufferedWriter(name.resolveSibling(name.getFileName()
              + ".dict"), StandardCharsets.UTF_8)) {
        for (List<String> s : sentences) {
          List<HasWord> words = new ArrayList<>(s.size());
          for (String word : s) {
            words.add(new Word(word));
            dict.write(WordSignature.of(word) + "\n");
          }
          for (TaggedWord t : tagger.tagSentence(words)) {
            pos.write(t.tag() + "\n");
          }
          pos.write("\n");
          dict.write("\n");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      counts.add(sentences.size());
    }
    return counts;
  }

  /**
   * Writes the word vectors of CoreNLP's German dependency parser (49,501 words, 100
   * dimensions), "word v1 ... v100" a line, without the parser's own symbols -UNKNOWN-, -NULL-
   * and -ROOT-; returns how many words. The model file starts with "key=value" lines, "dict=N"
   * among them, then N word rows.
   */
  public static int writeParserVectors(Path out) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(resource(GERMAN_PARSER)), StandardCharsets.UTF_8));
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      int words = 0;
      String line = r.readLine();
      while (line != null && line.indexOf('=') > 0 && line.indexOf(' ') < 0) {
        if (line.startsWith("dict=")) {
          words = Integer.parseInt(line.substring(5).trim());
        }
        line = r.readLine();
      }
      int written = 0;
      for (int row = 0; row < words && line != null; row++, line = r.readLine()) {
        if (row >= 3) {
          w.write(line + "\n");
          written++;
        }
      }
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = NerTrainingData.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new HeraldException(ErrorCode.RESOURCE, "missing resource " + name);
    }
    return in;
  }

  /** The words of each sentence of a GermEval file, cleaned as {@link #clean(String)} says. */
  static List<List<String>> sentences(Path gold, int wordColumn) {
    List<String> lines;
    try {
      lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.BAD_GOLD_DATA, gold + ": cannot read: " + e.getMessage());
    }
    List<List<String>> out = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.startsWith("#") && wordColumn > 0) {
        continue;
      }
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          out.add(current);
          current = new ArrayList<>();
        }
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length <= wordColumn + 1) {
        throw new HeraldException(ErrorCode.BAD_GOLD_DATA, gold + ":" + (n + 1)
            + ": expected a word and its tags separated by tabs");
      }
      current.add(clean(cols[wordColumn]));
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /**
   * A word with the stray characters of the pre-2022 training file cleaned as train.py cleans
   * them: C1 controls read as the Windows-1252 characters they stand for (en dash, euro,
   * apostrophe), soft hyphens dropped.
   */
  static String clean(String word) {
    String w = word.replace('\u0096', '\u2013').replace('\u0080', '\u20ac')
        .replace('\u0092', '\u2019').replace("\u00ad", "");
    return w.isEmpty() ? "-" : w;
  }
}
