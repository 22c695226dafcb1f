package org.herald.engine.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.core.ContractJson;
import org.herald.core.HeraldException;
import org.herald.core.Pipeline;
import org.herald.core.RawInput;
import org.herald.core.model.Event;

/**
 * Event coding against PETRARCH's validation format: each record's text is analysed as English
 * on its date (the parse in the file is ignored), and Herald's events (source actor, target
 * actor, CAMEO code) are compared with the gold codings. Strict: all three equal. Loose: the first
 * three letters of source and target and the first two digits of the code. Precision, recall and
 * F1 over all records.
 */
public final class EventEval {
  private static final Pattern SENTENCE = Pattern.compile(
      "<Sentence\\b([^>]*)>(.*?)(?=<Sentence\\b|</Sentences>)", Pattern.DOTALL);
  private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)/?>");
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);

  private EventEval() {}

  /** One coded event: source actor, target actor, CAMEO code. */
  public record Triple(String source, String target, String code) {
    boolean loose(Triple o) {
      return prefix(source, 3).equals(prefix(o.source, 3))
          && prefix(target, 3).equals(prefix(o.target, 3))
          && prefix(code, 2).equals(prefix(o.code, 2));
    }

    private static String prefix(String s, int n) {
      return s.length() <= n ? s : s.substring(0, n);
    }
  }

  /** A gold record. */
  public record Record(String id, String date, String text, List<Triple> gold) {}

  /** Figures: true positives, predicted, gold, for strict and loose matching. */
  public record Figures(int strictTp, int looseTp, int predicted, int gold) {
    public double f1(boolean strict) {
      int tp = strict ? strictTp : looseTp;
      double p = predicted == 0 ? 0 : tp / (double) predicted;
      double r = gold == 0 ? 0 : tp / (double) gold;
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double precision(boolean strict) {
      return predicted == 0 ? 0 : (strict ? strictTp : looseTp) / (double) predicted;
    }

    public double recall(boolean strict) {
      return gold == 0 ? 0 : (strict ? strictTp : looseTp) / (double) gold;
    }
  }

  /** The records with text. */
  public static List<Record> read(Path file) throws IOException {
    return readAll(file).stream().filter(r -> !r.text().isBlank()).toList();
  }

  /** Every dated record, also those whose text is empty (they still have gold codings). */
  public static List<Record> readAll(Path file) throws IOException {
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    List<Record> out = new ArrayList<>();
    Matcher s = SENTENCE.matcher(xml);
    while (s.find()) {
      Matcher t = TEXT.matcher(s.group(2));
      String date = attr(s.group(1), "date");
      if (!t.find() || date == null || date.length() != 8) {
        continue;
      }
      List<Triple> gold = new ArrayList<>();
      Matcher c = CODING.matcher(s.group(2));
      while (c.find()) {
        String code = attr(c.group(1), "eventcode");
        String src = attr(c.group(1), "sourcecode");
        String tgt = attr(c.group(1), "targetcode");
        if (code != null && src != null && tgt != null) {
          gold.add(new Triple(src, tgt, code));
        }
      }
      out.add(new Record(attr(s.group(1), "id"),
          date.substring(0, 4) + "-" + date.substring(4, 6) + "-" + date.substring(6),
          t.group(1).replaceAll("\\s+", " ").strip(), gold));
    }
    return out;
  }

  private static String attr(String attrs, String name) {
    Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attrs);
    return m.find() ? m.group(1) : null;
  }

  /** Codes every record, writes {"id", "events": [...]} lines, and scores. */
  public static Figures run(Pipeline pipeline, List<Record> records, Writer out)
      throws IOException {
    int strict = 0;
    int loose = 0;
    int predicted = 0;
    int gold = 0;
    var mapper = ContractJson.mapper();
    for (Record r : records) {
      List<Triple> found = new ArrayList<>();
      try {
        for (Event e : pipeline.analyze(RawInput.of(r.id() + ".txt",
            r.text().getBytes(StandardCharsets.UTF_8)).withLanguage("en")
            .withPublished(r.date())).events()) {
          if (e.source() != null && e.target() != null && e.source().actor() != null
              && e.target().actor() != null && !e.negated()) {
            found.add(new Triple(e.source().actor(), e.target().actor(), e.code()));
          }
        }
      } catch (HeraldException e) {
        // a record Herald refuses counts as coded with no events
      }
      var line = mapper.createObjectNode();
      line.put("id", r.id());
      var arr = line.putArray("events");
      for (Triple t : found) {
        arr.addObject().put("source", t.source()).put("target", t.target()).put("code", t.code());
      }
      out.write(mapper.writeValueAsString(line) + "\n");
      predicted += found.size();
      gold += r.gold().size();
      List<Triple> strictLeft = new ArrayList<>(r.gold());
      List<Triple> looseLeft = new ArrayList<>(r.gold());
      for (Triple t : found) {
        if (strictLeft.remove(t)) {
          strict++;
        }
        for (Triple g : looseLeft) {
          if (g.loose(t)) {
            looseLeft.remove(g);
            loose++;
            break;
          }
        }
      }
    }
    return new Figures(strict, loose, predicted, gold);
  }
}
