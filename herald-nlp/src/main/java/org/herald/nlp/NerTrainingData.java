package org.herald.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.io.BufferedWriter;
import java.io.IOException;
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
   * Tags the words of a GermEval file (the training split's "word TAB tags" lines, or dev's and
   * test's "index TAB word TAB tags" lines with '#' comments) and writes one part of speech a
   * line, a blank line after each sentence; returns the number of sentences.
   *
   * @param wordColumn the column holding the word: 0 for the training split, 1 for dev and test
   */
  public static int writePartsOfSpeech(Path gold, int wordColumn, Path out) {
    List<List<String>> sentences = sentences(gold, wordColumn);
    MaxentTagger tagger = new MaxentTagger(GERMAN_TAGGER);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (List<String> s : sentences) {
        List<HasWord> words = new ArrayList<>(s.size());
        for (String word : s) {
          words.add(new Word(word));
        }
        for (TaggedWord t : tagger.tagSentence(words)) {
          w.write(t.tag() + "\n");
        }
        w.write("\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sentences.size();
  }

  /**
   * Writes the {@link WordSignature} of each word of a GermEval file, one a line, a blank line
   * after each sentence; returns the number of sentences.
   *
   * @param wordColumn the column holding the word: 0 for the training split, 1 for dev and test
   */
  public static int writeSignatures(Path gold, int wordColumn, Path out) {
    List<List<String>> sentences = sentences(gold, wordColumn);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (List<String> s : sentences) {
        for (String word : s) {
          w.write(WordSignature.of(word) + "\n");
        }
        w.write("\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sentences.size();
  }

  /**
   * Writes the word vectors of CoreNLP's German dependency parser (49,501 words, 100
   * dimensions), "word v1 ... v100" a line; returns how many words.
   */
  public static int writeParserVectors(Path out) {
    int n = 0;
    try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
        new java.util.zip.GZIPInputStream(resource(GERMAN_PARSER)), StandardCharsets.UTF_8));
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      int words = -1;
      String line;
      int row = 0;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("dict=")) {
          words = Integer.parseInt(line.substring(5).trim());
          continue;
        }
        if (line.contains("=") && !line.contains(" ")) {
          continue;
        }
        if (words < 0) {
          break;
        }
        if (row < 3) {
          // -UNKNOWN-, -NULL-, -ROOT-: the parser's own symbols
          row++;
          continue;
        }
        if (row++ >= words) {
          break;
        }
        w.write(line + "\n");
        n++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }

  private static java.io.InputStream resource(String name) {
    java.io.InputStream in = NerTrainingData.class.getClassLoader().getResourceAsStream(name);
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
