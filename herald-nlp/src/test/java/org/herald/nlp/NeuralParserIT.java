package org.herald.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.StringUtils;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Herald's scoring of CoreNLP's parser models gives CoreNLP's own parses: every arc of every
 * sentence of a short German and a short English text (passives among them, whose subjects
 * CoreNLP relabels) as CoreNLP's {@code DependencyParser.predict} gives it.
 */
class NeuralParserIT {
  private static final String GERMAN = "Die Bundesregierung hat am Montag neue Sanktionen gegen"
      + " Russland verhängt. Der Botschafter wurde ins Auswärtige Amt einbestellt, teilte ein"
      + " Sprecher mit. Tausende Menschen demonstrierten in Berlin gegen die Pläne der Regierung,"
      + " die nach Angaben der Polizei friedlich blieben. Dass der Vertrag gekündigt wurde, hat"
      + " niemand bestritten. Kanzler Scholz traf sich mit dem französischen Präsidenten Macron"
      + " in Paris, um über die Hilfe für die Ukraine zu sprechen. Deine E-Mail-Adresse wird nicht"
      + " veröffentlicht.";
  private static final String ENGLISH = "The government imposed new sanctions on Russia on"
      + " Monday. The ambassador was summoned by the Foreign Office, a spokesman said. Thousands"
      + " of people protested in London against the plans, which police said remained peaceful."
      + " That the treaty was cancelled has been denied by nobody. Prime Minister Sunak met French"
      + " President Macron in Paris to discuss aid to Ukraine. Brick kilns and factories have also"
      + " been shut down this week.";

  @ParameterizedTest
  @CsvSource({"de", "en"})
  void parsesAsCoreNlpDoes(String language) {
    String model = CoreNlpModels.parserModel(language);
    NeuralParser herald = NeuralParser.load(model, 1000);
    DependencyParser coreNlp = DependencyParser.loadFromModelFile(model, new Properties());
    int arcs = 0;
    for (CoreMap sentence : tagged(language)) {
      NeuralParser.Parse parse = herald.parse(sentence);
      List<String> ours = new ArrayList<>();
      for (int w = 1; w <= parse.heads().length; w++) {
        ours.add(parse.heads()[w - 1] + ">" + w + ":" + parse.labels()[w - 1]);
      }
      List<String> theirs = new ArrayList<>();
      for (TypedDependency d : coreNlp.predict(sentence).typedDependencies()) {
        theirs.add(d.gov().index() + ">" + d.dep().index() + ":" + d.reln());
      }
      assertThat(ours).containsExactlyInAnyOrderElementsOf(theirs);
      arcs += ours.size();
    }
    assertThat(arcs).isGreaterThan(60);
  }

  /** The build wrote the binary form of each model, and it holds the text model's numbers. */
  @ParameterizedTest
  @CsvSource({"de", "en"})
  void theBinaryFormHoldsTheTextModel(String language) throws IOException {
    String model = CoreNlpModels.parserModel(language);
    Properties p = new Properties();
    p.setProperty("numPreComputed", "0");
    DependencyParser binary = ParserModelFile.readBinary(model, p);
    assertThat(binary).as("the build's binary form of " + model).isNotNull();
    ByteArrayOutputStream fromText = new ByteArrayOutputStream();
    ParserModelFile.write(DependencyParser.loadFromModelFile(model, p), fromText);
    ByteArrayOutputStream fromBinary = new ByteArrayOutputStream();
    ParserModelFile.write(binary, fromBinary);
    assertThat(fromBinary.size()).isGreaterThan(20_000_000);
    assertThat(Arrays.equals(fromBinary.toByteArray(), fromText.toByteArray())).isTrue();
  }

  private static List<CoreMap> tagged(String language) {
    Properties p = language.equals("de")
        ? StringUtils.argsToProperties("-props", "StanfordCoreNLP-german.properties")
        : new Properties();
    p.setProperty("annotators", language.equals("de") ? "tokenize,ssplit,mwt,pos"
        : "tokenize,ssplit,pos");
    Annotation text = new Annotation(language.equals("de") ? GERMAN : ENGLISH);
    new StanfordCoreNLP(p).annotate(text);
    return text.get(CoreAnnotations.SentencesAnnotation.class);
  }
}
