package org.herald.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.coding.GermanVerbs;
import org.herald.core.ContractJson;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.kb.EventDictionary;
import org.herald.kb.KbEntry;
import org.herald.kb.KnowledgeBase;
import org.jspecify.annotations.Nullable;

/**
 * Turns an analyst's review into a rule that the next analysis applies: a rejected report into
 * a verb pattern that must not code in that context ({@code ---}), a corrected code into a
 * pattern with the right code, a corrected link into a name of the entry it should have been
 * linked to. The rules live in the data directory ({@code rules/patterns.tsv},
 * {@code rules/names.tsv}), each line after a comment that says which review it came from; the
 * pipeline reads them beside {@code --patterns} and {@code --knowledge}, so {@code reanalyze}
 * applies them too.
 */
final class ReviewRules {
  static final String PATTERNS = "rules/patterns.tsv";
  static final String NAMES = "rules/names.tsv";
  private static final Set<String> PARTICLES = Set.of("ab", "an", "auf", "aus", "bei", "ein",
      "fest", "mit", "nach", "vor", "zu", "zurück", "weg", "hin", "her", "los", "statt", "teil",
      "vorbei", "fort", "dar", "um", "durch", "über", "wieder", "zusammen", "bereit");
  private static final Set<String> SMALL = Set.of("that", "this", "with", "from", "into",
      "their", "they", "them", "have", "been", "would", "could", "about", "over", "after",
      "eine", "einen", "einem", "einer", "nicht", "sich", "dass", "auch", "noch", "werden",
      "wurde", "haben", "hatte", "sein", "seine", "ihre", "ihren", "dieser", "diese", "nach");

  private final Path dir;

  ReviewRules(Path dataDir) {
    this.dir = dataDir;
  }

  /** The rules file of the patterns, or null when there is none yet. */
  @Nullable Path patterns() {
    Path p = dir.resolve(PATTERNS);
    return Files.isRegularFile(p) ? p : null;
  }

  /** The rules file of the names, or null when there is none yet. */
  @Nullable Path names() {
    Path p = dir.resolve(NAMES);
    return Files.isRegularFile(p) ? p : null;
  }

  /**
   * Writes the rule a review of an event report stands for.
   *
   * @param report the report as the store has it (language, trigger, sentence, code)
   * @param review its current review
   * @return the rule: its file, line and origin
   */
  ObjectNode fromReport(JsonNode report, String language, JsonNode review) {
    String verdict = review.path("verdict").asText();
    if (!verdict.equals("rejected") && !(verdict.equals("corrected")
        && review.hasNonNull("code"))) {
      throw new ApiServer.ApiError(400, "only a rejection or a corrected code makes a verb"
          + " pattern; this report's review is " + verdict
          + (verdict.equals("corrected") ? " without a new code" : ""));
    }
    String trigger = report.path("trigger_text").asText();
    String verb = verb(trigger, language);
    if (verb == null) {
      throw new ApiServer.ApiError(400, "cannot tell the verb of '" + trigger + "' in the"
          + " dictionaries; add a line to " + PATTERNS + " by hand");
    }
    String after = contextWord(report.path("sentence_text").asText(),
        report.path("trigger_end").asInt() - report.path("sentence_start").asInt());
    String code = verdict.equals("rejected") ? "---" : review.path("code").asText();
    String line = language + "\t" + verb + "\t" + code + "\t\t" + (after == null ? "" : after);
    String origin = "from review " + review.path("id").asText() + " (" + verdict + " by "
        + review.path("reviewer").asText() + ", " + Instant.now().toString().substring(0, 10)
        + ") of '" + trigger + "' in \"" + oneLine(report.path("sentence_text").asText()) + "\"";
    append(PATTERNS, origin, line);
    return rule(PATTERNS, line, origin);
  }

  /** Writes the name a corrected link stands for: the mention's words name the right entry. */
  ObjectNode fromLink(JsonNode review, String mentionText) {
    String kbId = review.path("code").asText(null);
    KbEntry e = kbId == null ? null : KnowledgeBase.bundled().byId(kbId);
    if (!review.path("verdict").asText().equals("corrected") || e == null) {
      throw new ApiServer.ApiError(400, "only a link corrected to a knowledge-base entry makes"
          + " a name");
    }
    String type = switch (e.kind().name()) {
      case "PERSON" -> "PERSON";
      case "ORGANIZATION" -> "ORGANIZATION";
      default -> "LOCATION";
    };
    String line = String.join("\t", e.id(), type, e.label(), e.org() == null ? "" : e.org(),
        e.country() == null ? "" : e.country(), mentionText.strip(),
        e.actorOn(null) == null ? "" : e.actorOn(null));
    String origin = "from review " + review.path("id").asText() + " (link of "
        + review.path("entity_key").asText() + " corrected to " + e.id() + " by "
        + review.path("reviewer").asText() + ")";
    append(NAMES, origin, line);
    return rule(NAMES, line, origin);
  }

  /** Every rule with its origin, in the order written. */
  ArrayNode list() {
    ArrayNode out = ContractJson.mapper().createArrayNode();
    for (String file : List.of(PATTERNS, NAMES)) {
      Path p = dir.resolve(file);
      if (!Files.isRegularFile(p)) {
        continue;
      }
      String origin = null;
      try {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          if (line.startsWith("# from review")) {
            origin = line.substring(2);
          } else if (!line.isBlank() && !line.startsWith("#")) {
            out.add(rule(file, line, origin == null ? "written by hand" : origin));
            origin = null;
          }
        }
      } catch (IOException e) {
        throw new HeraldException(ErrorCode.UNREADABLE, p + ": cannot read: " + e.getMessage());
      }
    }
    return out;
  }

  private static ObjectNode rule(String file, String line, String origin) {
    ObjectNode o = ContractJson.mapper().createObjectNode();
    o.put("file", file);
    o.put("line", line);
    o.put("origin", origin);
    return o;
  }

  private void append(String file, String origin, String line) {
    Path p = dir.resolve(file);
    try {
      Files.createDirectories(p.getParent());
      String head = Files.exists(p) ? "" : file.equals(PATTERNS)
          ? "# Herald: event patterns made from reviews (the columns of event-verbs-de.tsv).\n"
          : "# Herald: names made from reviews (the columns of names.tsv).\n";
      Files.writeString(p, head + "# " + origin + "\n" + line + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, p + ": cannot write the rule: "
          + e.getMessage(), e);
    }
  }

  /** The dictionary verb of a trigger ("held", "hielten ... ab"), or null. */
  static @Nullable String verb(String trigger, String language) {
    String[] words = trigger.toLowerCase(Locale.ROOT).replace("...", " ").trim().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) {
      return null;
    }
    String first = words[0];
    String particle = words.length > 1 && PARTICLES.contains(words[words.length - 1])
        ? words[words.length - 1] : "";
    Set<String> candidates = new LinkedHashSet<>();
    if (language.equals("de")) {
      for (String inf : GermanVerbs.infinitives(first)) {
        candidates.add(particle + inf);
      }
    } else {
      for (String tag : List.of("VBD", "VBG", "VBZ", "VBN", "VB")) {
        candidates.add(edu.stanford.nlp.process.Morphology.lemmaStatic(first, tag));
      }
      candidates.add(first);
    }
    EventDictionary d = EventDictionary.bundled();
    for (String c : candidates) {
      if (!d.patterns(language, c).isEmpty()) {
        return c;
      }
    }
    return null;
  }

  /** The first word of substance after the trigger in its sentence, lower case, or null. */
  static @Nullable String contextWord(String sentence, int from) {
    List<String> words = new ArrayList<>();
    for (String w : sentence.substring(Math.max(0, Math.min(from, sentence.length())))
        .split("[^\\p{L}]+")) {
      if (w.length() >= 4 && !SMALL.contains(w.toLowerCase(Locale.ROOT))) {
        words.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return words.isEmpty() ? null : words.get(0);
  }

  private static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 100 ? t.substring(0, 100) + "..." : t;
  }
}
