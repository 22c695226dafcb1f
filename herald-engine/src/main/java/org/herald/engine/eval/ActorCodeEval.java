package org.herald.engine.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.core.Pipeline;
import org.herald.core.HeraldException;
import org.herald.core.RawInput;
import org.herald.core.model.Entity;

/**
 * Actor-code accuracy on PETRARCH-2's GSR validation sentences
 * (PETR2_GSR_validation.UniversalPetrarch.xml): for every gold event, are its source and target
 * actor codes among the CAMEO codes Herald gives the entities of that sentence on its date?
 * Measures actors, not events (those come with event coding): a code counts as found when some
 * entity of the sentence carries it. Codes without a country ("---REB") are counted apart.
 */
public final class ActorCodeEval {
  private static final Pattern SENTENCE = Pattern.compile(
      "<Sentence\\b([^>]*)>(.*?)(?=<Sentence\\b|</Sentences>)", Pattern.DOTALL);
  private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)/?>");
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);

  private ActorCodeEval() {}

  /** A gold sentence: id, date (ISO), text, and the actor codes of its events. */
  public record GoldSentence(String id, String date, String text, List<String> codes) {}

  /** One gold code and whether Herald found it (exactly, or its country). */
  public record Outcome(GoldSentence sentence, String code, boolean exact, boolean country,
      Set<String> herald) {}

  public static List<GoldSentence> read(Path file) throws IOException {
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    List<GoldSentence> out = new ArrayList<>();
    Matcher s = SENTENCE.matcher(xml);
    while (s.find()) {
      String attrs = s.group(1);
      String body = s.group(2);
      Matcher t = TEXT.matcher(body);
      if (!t.find()) {
        continue;
      }
      List<String> codes = new ArrayList<>();
      Matcher c = CODING.matcher(body);
      while (c.find()) {
        for (String key : List.of("sourcecode", "targetcode")) {
          String v = attr(c.group(1), key);
          if (v != null && !v.isBlank()) {
            codes.add(v);
          }
        }
      }
      String date = attr(attrs, "date");
      if (codes.isEmpty() || date == null || date.length() != 8) {
        continue;
      }
      String iso = date.substring(0, 4) + "-" + date.substring(4, 6) + "-" + date.substring(6);
      out.add(new GoldSentence(attr(attrs, "id"), iso,
          t.group(1).replaceAll("\\s+", " ").strip(), codes));
    }
    return out;
  }

  private static String attr(String attrs, String name) {
    Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attrs);
    return m.find() ? m.group(1) : null;
  }

  public static List<Outcome> run(Pipeline pipeline, List<GoldSentence> sentences) {
    List<Outcome> out = new ArrayList<>();
    for (GoldSentence g : sentences) {
      Set<String> codes = new LinkedHashSet<>();
      List<Entity> entities = List.of();
      try {
        entities = pipeline.analyze(RawInput.of(g.id() + ".txt",
            g.text().getBytes(StandardCharsets.UTF_8)).withLanguage("en")
            .withPublished(g.date())).entities();
      } catch (HeraldException e) {
        // a gold record without usable text: its codes count as not found
      }
      for (Entity e : entities) {
        if (e.kb() != null && e.kb().actor() != null) {
          codes.add(e.kb().actor());
        }
      }
      Set<String> countries = new LinkedHashSet<>();
      codes.forEach(c -> countries.add(c.length() >= 3 ? c.substring(0, 3) : c));
      for (String code : g.codes()) {
        out.add(new Outcome(g, code, codes.contains(code),
            countries.contains(code.length() >= 3 ? code.substring(0, 3) : code), codes));
      }
    }
    return out;
  }
}
