package org.herald.engine.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.core.Pipeline;
import org.herald.core.RawInput;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.Mention;
import org.jspecify.annotations.Nullable;

/**
 * Entity-linking accuracy on Herald's own gold set ({@code eval/linking-gold.tsv}): sentences
 * marked {@code [surface|KB id]} or {@code [surface|KB id|actor]}. Consecutive sentences of one
 * language and date form one document, as in an article. A gold mention is right when the
 * system's mention covering it belongs to an entity linked to the gold id (and carrying the gold
 * actor code where one is given), or, for NIL, when it is not linked or not found at all (a
 * role the text layer gives an unknown person, a "text:" id, is no link).
 */
public final class LinkingEval {
  private static final Pattern MARK = Pattern.compile("\\[([^|\\]]+)\\|([^\\]]+)\\]");

  private LinkingEval() {}

  /** One gold mention: its place in the document's text and what it must link to. */
  public record Gold(String language, String date, String surface, int start, int end,
      String id, @Nullable String actor, String sentence) {}

  /** A gold document: text, language, date and its mentions. */
  public record GoldDocument(String language, String date, String text, List<Gold> mentions) {}

  /** A gold mention with Herald's answer. */
  public record Outcome(Gold gold, @Nullable String id, @Nullable String actor, boolean found,
      boolean correct) {}

  public static List<GoldDocument> read(Path file) throws IOException {
    List<GoldDocument> docs = new ArrayList<>();
    String lang = null;
    String date = null;
    StringBuilder text = new StringBuilder();
    List<Gold> mentions = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", 3);
      if (!f[0].equals(lang) || !f[1].equals(date)) {
        if (lang != null) {
          docs.add(new GoldDocument(lang, date, text.toString(), List.copyOf(mentions)));
        }
        lang = f[0];
        date = f[1];
        text.setLength(0);
        mentions.clear();
      }
      if (text.length() > 0) {
        text.append(' ');
      }
      StringBuilder plain = new StringBuilder();
      List<int[]> spans = new ArrayList<>();
      List<String[]> ids = new ArrayList<>();
      Matcher m = MARK.matcher(f[2]);
      int last = 0;
      while (m.find()) {
        plain.append(f[2], last, m.start());
        int s = text.length() + plain.length();
        plain.append(m.group(1));
        spans.add(new int[] {s, text.length() + plain.length()});
        ids.add(new String[] {m.group(1), m.group(2)});
        last = m.end();
      }
      plain.append(f[2].substring(last));
      for (int k = 0; k < spans.size(); k++) {
        String[] id = ids.get(k).clone();
        String[] parts = id[1].split("\\|");
        mentions.add(new Gold(lang, date, id[0], spans.get(k)[0], spans.get(k)[1], parts[0],
            parts.length > 1 ? parts[1] : null, plain.toString()));
      }
      text.append(plain);
    }
    if (lang != null) {
      docs.add(new GoldDocument(lang, date, text.toString(), List.copyOf(mentions)));
    }
    return docs;
  }

  /** Analyses each gold document and judges each gold mention. */
  public static List<Outcome> run(Pipeline pipeline, List<GoldDocument> docs) {
    List<Outcome> out = new ArrayList<>();
    int n = 0;
    for (GoldDocument g : docs) {
      RawInput in = RawInput.of("linking-" + n++ + ".txt",
          g.text().getBytes(StandardCharsets.UTF_8)).withLanguage(g.language())
          .withPublished(g.date());
      Document doc = pipeline.analyze(in);
      int cursor = 0;
      for (Gold m : g.mentions()) {
        int at = doc.text().indexOf(m.surface(), cursor);
        if (at < 0) {
          at = doc.text().indexOf(m.surface());
        }
        if (at >= 0) {
          cursor = at + m.surface().length();
        }
        out.add(judge(m, doc, at, at + m.surface().length()));
      }
    }
    return out;
  }

  private static Outcome judge(Gold g, Document doc, int start, int end) {
    Entity best = null;
    int bestOverlap = 0;
    boolean exact = false;
    if (start >= 0) {
      for (Entity e : doc.entities()) {
        for (Mention m : e.mentions()) {
          int overlap = Math.min(end, m.end()) - Math.max(start, m.start());
          boolean same = m.start() == start && m.end() == end;
          if (overlap > 0 && (same && !exact || !exact && overlap > bestOverlap)) {
            best = e;
            bestOverlap = overlap;
            exact = same;
          }
        }
      }
    }
    String id = best != null && best.kb() != null ? best.kb().id() : null;
    String actor = best != null && best.kb() != null ? best.kb().actor() : null;
    // NIL asks for no knowledge-base entry: a role the text layer gives an unknown person
    // ("text:" ids) is no link to one
    boolean correct = g.id().equals("NIL") ? id == null || id.startsWith("text:")
        : g.id().equals(id) && (g.actor() == null || g.actor().equals(actor))
        || g.id().startsWith("cameo:") && g.id().substring(6).equals(actor) && id != null;
    return new Outcome(g, id, actor, best != null, correct);
  }
}
