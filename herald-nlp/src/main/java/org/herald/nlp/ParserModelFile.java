package org.herald.nlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * CoreNLP's neural dependency parser models in a binary form that loads in a fraction of the
 * time: CoreNLP ships them as text (UD_German.gz: 56,000 lines, 10 million numbers written out),
 * and reading that text was the largest part of a one-sentence {@code analyze} after the tagger
 * (issue 24). The build writes the binary form of each language's model from the model on its
 * class path ({@link #main}, run by Maven as the classes are made), the same numbers as CoreNLP
 * reads them, so that the parser built from either form is the same; {@code NeuralParserIT}
 * compares the two. Where the binary form is missing (classes built another way), the text is
 * read.
 *
 * <p>The form: a header line, the sizes, the known words, tags and labels, the embeddings, the
 * two weight matrices with the hidden bias, and the ids of the features CoreNLP precomputes.
 */
public final class ParserModelFile {
  private static final String MAGIC = "herald-nndep-1";
  private static final String DIR = "org/herald/nlp/parser/";

  private ParserModelFile() {}

  /** The class-path resource of a text model's binary form. */
  static String binaryResource(String textModel) {
    String name = textModel.substring(textModel.lastIndexOf('/') + 1);
    return DIR + name.replaceFirst("\\.gz$", "") + ".bin";
  }

  /**
   * The parser of a text model read from its binary form on the class path, with the given
   * properties; null where the build wrote none.
   */
  static @Nullable DependencyParser readBinary(String textModel, Properties properties) {
    InputStream in = ParserModelFile.class.getClassLoader()
        .getResourceAsStream(binaryResource(textModel));
    if (in == null) {
      return null;
    }
    try (DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16))) {
      return read(data, properties);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + binaryResource(textModel), e);
    }
  }

  private static DependencyParser read(DataInputStream in, Properties properties)
      throws IOException {
    if (!MAGIC.equals(in.readUTF())) {
      throw new IOException("not a parser model of this Herald version");
    }
    int hiddenSize = in.readInt();
    int embeddingSize = in.readInt();
    List<String> words = strings(in);
    List<String> tags = strings(in);
    List<String> labels = strings(in);
    float[][] embeddings = matrix(in);
    float[][] hidden = matrix(in);
    float[] hiddenBias = vector(in);
    float[][] output = matrix(in);
    int n = in.readInt();
    List<Integer> preComputed = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      preComputed.add(in.readInt());
    }
    DependencyParser parser = new DependencyParser(properties);
    Config config = field(parser, "config");
    config.hiddenSize = hiddenSize;
    config.embeddingSize = embeddingSize;
    set(parser, "knownWords", words);
    set(parser, "knownPos", tags);
    set(parser, "knownLabels", labels);
    call(parser, "generateIDs");
    set(parser, "preComputed", preComputed);
    set(parser, "classifier",
        new Classifier(config, embeddings, hidden, hiddenBias, output, preComputed));
    call(parser, "initialize", false);
    return parser;
  }

  /** Writes the binary form of a parser read from its text model. */
  static void write(DependencyParser parser, OutputStream target) throws IOException {
    Config config = field(parser, "config");
    Classifier classifier = field(parser, "classifier");
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
    out.writeUTF(MAGIC);
    out.writeInt(config.hiddenSize);
    out.writeInt(config.embeddingSize);
    writeStrings(out, field(parser, "knownWords"));
    writeStrings(out, field(parser, "knownPos"));
    writeStrings(out, field(parser, "knownLabels"));
    writeMatrix(out, classifier.getE());
    writeMatrix(out, classifier.getW1());
    writeVector(out, classifier.getb1());
    writeMatrix(out, classifier.getW2());
    List<Integer> preComputed = field(parser, "preComputed");
    out.writeInt(preComputed.size());
    for (int id : preComputed) {
      out.writeInt(id);
    }
    out.flush();
  }

  /**
   * Writes the binary forms of the German and English models into the directory given
   * (the build's classes), where they are missing or older than the models.
   */
  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    for (String language : List.of("de", "en")) {
      String model = CoreNlpModels.parserModel(language);
      Path target = classes.resolve(binaryResource(model));
      if (Files.exists(target)
          && Files.getLastModifiedTime(target).compareTo(modelTime(model)) > 0) {
        continue;
      }
      Files.createDirectories(target.getParent());
      Properties p = new Properties();
      p.setProperty("numPreComputed", "0");
      DependencyParser parser = DependencyParser.loadFromModelFile(model, p);
      Path partial = target.resolveSibling(target.getFileName() + ".partial");
      try (OutputStream out = Files.newOutputStream(partial)) {
        write(parser, out);
      }
      Files.move(partial, target);
    }
  }

  /** When the jar (or file) that holds a model on the class path was last changed. */
  private static FileTime modelTime(String model) throws IOException {
    URL url = ParserModelFile.class.getClassLoader().getResource(model);
    if (url == null) {
      throw new IOException("no parser model " + model + " on the class path");
    }
    String path = url.getPath();
    if (url.getProtocol().equals("jar")) {
      path = new URL(path.substring(0, path.indexOf("!/"))).getPath();
    }
    return Files.getLastModifiedTime(Path.of(URLDecoder.decode(path, StandardCharsets.UTF_8)));
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(in.readUTF());
    }
    return out;
  }

  private static void writeStrings(DataOutputStream out, List<String> strings)
      throws IOException {
    out.writeInt(strings.size());
    for (String s : strings) {
      out.writeUTF(s);
    }
  }

  private static float[][] matrix(DataInputStream in) throws IOException {
    int rows = in.readInt();
    float[][] m = new float[rows][];
    for (int i = 0; i < rows; i++) {
      m[i] = vector(in);
    }
    return m;
  }

  private static float[] vector(DataInputStream in) throws IOException {
    int n = in.readInt();
    byte[] bytes = new byte[n * Float.BYTES];
    in.readFully(bytes);
    float[] v = new float[n];
    ByteBuffer.wrap(bytes).asFloatBuffer().get(v);
    return v;
  }

  private static void writeMatrix(DataOutputStream out, float[][] m) throws IOException {
    out.writeInt(m.length);
    for (float[] row : m) {
      writeVector(out, row);
    }
  }

  private static void writeVector(DataOutputStream out, float[] v) throws IOException {
    out.writeInt(v.length);
    ByteBuffer bytes = ByteBuffer.allocate(v.length * Float.BYTES);
    bytes.asFloatBuffer().put(v);
    out.write(bytes.array());
  }

  private static <T> T field(Object owner, String name) {
    return NeuralParser.field(owner, DependencyParser.class, name);
  }

  private static void set(Object owner, String name, Object value) {
    try {
      Field f = DependencyParser.class.getDeclaredField(name);
      f.setAccessible(true);
      f.set(owner, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CoreNLP's parser has no field '" + name
          + "' (another CoreNLP version?)", e);
    }
  }

  private static void call(Object owner, String name, Object... args) {
    try {
      Class<?>[] types = new Class<?>[args.length];
      for (int i = 0; i < args.length; i++) {
        types[i] = args[i] instanceof Boolean ? boolean.class : args[i].getClass();
      }
      Method m = DependencyParser.class.getDeclaredMethod(name, types);
      m.setAccessible(true);
      m.invoke(owner, args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CoreNLP's parser has no method '" + name
          + "' (another CoreNLP version?)", e);
    }
  }
}
