package org.herald.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herald.core.ContractJson;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.core.Pipeline;
import org.herald.core.RawInput;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.core.model.Event;
import org.herald.core.model.EventActor;
import org.herald.core.model.Mention;
import org.herald.core.model.Quote;
import org.herald.core.model.Relation;
import org.herald.core.model.Sentence;
import org.herald.core.model.TimeValue;
import org.herald.core.model.Token;
import org.herald.engine.Engine;
import org.herald.engine.EngineConfig;

/**
 * What {@link CodingFuzzTest} checks, in a class of its own: Jazzer re-instruments the classes
 * loaded before fuzzing starts, which breaks Herald's records (a record's nest of classes, as
 * JDK-8376185 does for type annotations), so the test class names none of them and this class
 * loads with the first input.
 */
final class CodingInvariants {
  private static final int MAX_TEXT = 600;
  private static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);
  private static Pipeline pipeline;

  /** The pipeline with its models, built once for all inputs. */
  private static synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = Engine.pipeline(EngineConfig.DEFAULTS);
    }
    return pipeline;
  }

  private CodingInvariants() {}

  /** Analyses a fuzzed input (see {@link CodingFuzzTest}) and checks the document it gives. */
  static void analyseAndCheck(byte[] input) throws Exception {
    if (input.length < 3) {
      return;
    }
    String language = (input[0] & 1) == 0 ? "de" : "en";
    LocalDate day = FIRST_DAY.plusDays(((input[1] & 0xff) << 8 | (input[2] & 0xff)) % 15_000);
    byte[] text = java.util.Arrays.copyOfRange(input, 3, Math.min(input.length, 3 + MAX_TEXT));
    RawInput raw = RawInput.of("fuzz.txt", text).withLanguage(language)
        .withPublished(day.toString());
    Document doc;
    try {
      doc = pipeline().analyze(raw);
    } catch (HeraldException e) {
      assertThat(e.code().category()).as(e.getMessage()).isEqualTo(ErrorCode.Category.USER);
      assertThat(e.getMessage()).contains("fuzz.txt");
      return;
    }
    check(doc);
    Document again = pipeline().analyze(raw);
    assertThat(ContractJson.mapper().writeValueAsString(again))
        .as("the same input analysed again")
        .isEqualTo(ContractJson.mapper().writeValueAsString(doc));
  }

  private static void check(Document doc) {
    String text = doc.text();
    assertThat(doc.warnings()).as("no stage timed out on %d characters", text.length())
        .noneMatch(w -> w.startsWith("timed out"));
    int last = 0;
    for (Sentence s : doc.sentences()) {
      inside(text, s.start(), s.end(), "sentence");
      assertThat(s.start()).as("sentences in order, apart").isGreaterThanOrEqualTo(last);
      last = s.end();
      int tokenEnd = s.start();
      for (Token t : s.tokens()) {
        assertThat(t.start()).as("token %s in its sentence, in order", t.word())
            .isGreaterThanOrEqualTo(tokenEnd);
        assertThat(t.end()).isBetween(t.start(), s.end());
        // a contraction's words share its characters ("zum": "zu" "dem"), so the next may
        // begin where this one began
        tokenEnd = t.start();
      }
    }
    Set<String> entities = new HashSet<>();
    for (Entity e : doc.entities()) {
      assertThat(entities.add(e.id())).as("entity id %s once", e.id()).isTrue();
      int previous = -1;
      for (Mention m : e.mentions()) {
        spanReads(text, m.start(), m.end(), m.text(), "mention of " + e.id());
        assertThat(m.start()).as("mentions of %s in order", e.id()).isGreaterThan(previous);
        previous = m.start();
      }
    }
    for (TimeValue t : doc.times()) {
      spanReads(text, t.start(), t.end(), t.text(), "time");
      assertThat(t.value()).isNotBlank();
    }
    for (Quote q : doc.quotes()) {
      spanReads(text, q.start(), q.end(), q.text(), "quote");
      if (q.speaker() != null) {
        assertThat(entities).as("the speaker of a quote is an entity").contains(q.speaker());
      }
    }
    for (Event e : doc.events()) {
      inside(text, e.sentence().start(), e.sentence().end(), "event sentence");
      assertThat(e.trigger().start()).as("the trigger %s lies in its evidence", e.trigger())
          .isBetween(e.sentence().start(), e.sentence().end());
      assertThat(e.trigger().end()).isBetween(e.trigger().start(), e.sentence().end());
      // "nahm ... fest": the span is the first word, the other words follow it in the sentence
      String[] words = e.trigger().text().split(" \\.\\.\\. ");
      assertThat(text.substring(e.trigger().start(), e.trigger().end()))
          .as("the trigger's span reads as its first word").isEqualTo(words[0]);
      int at = e.trigger().end();
      for (int k = 1; k < words.length; k++) {
        at = text.indexOf(words[k], at);
        assertThat(at).as("trigger word %s after the one before, in the sentence", words[k])
            .isBetween(e.trigger().end(), e.sentence().end() - words[k].length());
        at += words[k].length();
      }
      assertThat(e.source() != null || e.target() != null).as("an event has an actor").isTrue();
      for (EventActor a : List.of(actorOrNone(e.source()), actorOrNone(e.target()))) {
        if (a.entity() != null) {
          assertThat(entities).as("an event's actor is an entity").contains(a.entity());
        }
      }
      assertThat(e.confidence()).isBetween(0.0, 1.0);
    }
    for (Relation r : doc.relations()) {
      assertThat(entities).contains(r.subject(), r.object());
      inside(text, r.sentence().start(), r.sentence().end(), "relation sentence");
    }
  }

  private static EventActor actorOrNone(EventActor a) {
    return a != null ? a : new EventActor(null, null, null, null, null);
  }

  private static void inside(String text, int start, int end, String what) {
    assertThat(start).as("%s starts inside the text", what).isBetween(0, text.length());
    assertThat(end).as("%s ends inside the text, after its start", what)
        .isBetween(start, text.length());
  }

  private static void spanReads(String text, int start, int end, String words, String what) {
    inside(text, start, end, what);
    assertThat(text.substring(start, end)).as("%s reads as the text there", what)
        .isEqualTo(words);
  }
}
