package org.herald.core.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One analysed article in the contract's form. Immutable: a stage returns a new document with one
 * more layer, built with {@link #toBuilder()}.
 *
 * @param id        content hash of the clean text (see {@link #contentId(String)})
 * @param language  ISO 639-1 code of the main language, or null before identification
 * @param published ISO 8601 date or date-time, or null where unknown
 * @param publishedSource where the publication date comes from: {@code caller} (--published, a
 *                  sidecar file), {@code metadata} (meta tags, JSON-LD, time elements),
 *                  {@code url}, or {@code text} (a dated line of the article); null without one
 * @param publishedConfidence how sure that date is, in [0, 1]; null without one
 * @param source    the name of the input (file name), not part of the contract
 * @param layers    the layers present
 * @param warnings  problems met on the way that did not stop the analysis
 */
@JsonPropertyOrder({
  "id", "language", "title", "published", "publishedSource", "publishedConfidence", "url",
  "dateline", "contributors", "credits",
  "captions", "text", "removed", "paragraphs", "sentences", "entities", "times", "quotes",
  "events", "relations", "pipeline", "warnings"
})
public record Document(
    String id,
    @Nullable String language,
    @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String title,
    @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String published,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String publishedSource,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Double publishedConfidence,
    @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String url,
    @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String dateline,
    List<String> contributors,
    List<String> credits,
    List<String> captions,
    String text,
    List<Removed> removed,
    List<Paragraph> paragraphs,
    List<Sentence> sentences,
    List<Entity> entities,
    List<TimeValue> times,
    List<Quote> quotes,
    List<Event> events,
    List<Relation> relations,
    @Nullable PipelineInfo pipeline,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings,
    @JsonIgnore @Nullable String source,
    @JsonIgnore Set<Layer> layers) {

  public Document {
    requireNonNull(id, "id is null");
    requireNonNull(text, "text is null");
    contributors = List.copyOf(contributors);
    credits = List.copyOf(credits);
    captions = List.copyOf(captions);
    removed = List.copyOf(removed);
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
    relations = List.copyOf(relations);
    warnings = List.copyOf(warnings);
    layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
    for (Paragraph p : paragraphs) {
      checkInText(p.span(), text, "paragraph");
    }
    for (Sentence s : sentences) {
      checkInText(s.span(), text, "sentence");
    }
  }

  private static void checkInText(Span span, String text, String what) {
    if (span.end() > text.length()) {
      throw new IllegalArgumentException(what + " " + span + " beyond text of " + text.length());
    }
  }

  /** A document holding only its clean text, with the {@link Layer#TEXT} layer. */
  public static Builder builder(String text) {
    return new Builder(text);
  }

  /** The id of a clean text: the first 16 hex digits of its SHA-256. */
  public static String contentId(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  /** The publication date as a day, or null where there is none or it is no ISO date. */
  @JsonIgnore
  public @Nullable LocalDate publishedDay() {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Where the sentence {@code back} sentences before the one beginning at {@code start} begins
   * (the first sentence's start where there are fewer); {@code start} itself where no sentence
   * begins there.
   */
  public int sentenceStartBack(int start, int back) {
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).start() >= start) {
        return sentences.get(Math.max(0, i - back)).start();
      }
    }
    return start;
  }

  /**
   * The entity of a kind whose mention ending before an offset begins last: the one the text
   * named last before it ("die Polizei" before "Zeugen werden gebeten"), or null.
   */
  public @Nullable Entity lastNamedBefore(int offset, Predicate<Entity> which) {
    Entity last = null;
    int lastStart = -1;
    for (Entity e : entities) {
      if (!which.test(e)) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.end() <= offset && m.start() > lastStart) {
          last = e;
          lastStart = m.start();
        }
      }
    }
    return last;
  }

  /** The covered text of a span. */
  public String text(Span span) {
    return span.of(text);
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** This document with only its events of at least this confidence (all of them for 0). */
  public Document withEventsFrom(double minConfidence) {
    return minConfidence <= 0 ? this : toBuilder().events(events.stream()
        .filter(e -> e.confidence() >= minConfidence).toList()).build();
  }

  /** Builds documents; stages use it to add their layer. Not thread-safe. */
  public static final class Builder {
    private String id;
    private @Nullable String language;
    private @Nullable String title;
    private @Nullable String published;
    private @Nullable String publishedSource;
    private @Nullable Double publishedConfidence;
    private @Nullable String url;
    private @Nullable String dateline;
    private List<String> contributors = List.of();
    private List<String> credits = List.of();
    private List<String> captions = List.of();
    private final String text;
    private List<Removed> removed = List.of();
    private List<Paragraph> paragraphs = List.of();
    private List<Sentence> sentences = List.of();
    private List<Entity> entities = List.of();
    private List<TimeValue> times = List.of();
    private List<Quote> quotes = List.of();
    private List<Event> events = List.of();
    private List<Relation> relations = List.of();
    private @Nullable PipelineInfo pipeline;
    private final List<String> warnings = new ArrayList<>();
    private @Nullable String source;
    private final EnumSet<Layer> layers = EnumSet.noneOf(Layer.class);

    private Builder(String text) {
      this.text = requireNonNull(text, "text is null");
      this.id = contentId(text);
    }

    private Builder(Document d) {
      id = d.id;
      language = d.language;
      title = d.title;
      published = d.published;
      publishedSource = d.publishedSource;
      publishedConfidence = d.publishedConfidence;
      url = d.url;
      dateline = d.dateline;
      contributors = d.contributors;
      credits = d.credits;
      captions = d.captions;
      text = d.text;
      removed = d.removed;
      paragraphs = d.paragraphs;
      sentences = d.sentences;
      entities = d.entities;
      times = d.times;
      quotes = d.quotes;
      events = d.events;
      relations = d.relations;
      pipeline = d.pipeline;
      warnings.addAll(d.warnings);
      source = d.source;
      layers.addAll(d.layers);
    }

    /** The text this document is built on. */
    public String text() { return text; }
    public Builder id(String v) { id = v; return this; }
    public Builder language(@Nullable String v) { language = v; return this; }
    public Builder title(@Nullable String v) { title = v; return this; }
    public Builder published(@Nullable String v) { published = v; return this; }

    /** The publication date with where it comes from and how sure it is. */
    public Builder published(@Nullable String v, @Nullable String from, @Nullable Double sure) {
      published = v;
      publishedSource = v == null ? null : from;
      publishedConfidence = v == null ? null : sure;
      return this;
    }
    public Builder url(@Nullable String v) { url = v; return this; }
    public Builder dateline(@Nullable String v) { dateline = v; return this; }
    public Builder contributors(List<String> v) { contributors = v; return this; }
    public Builder credits(List<String> v) { credits = v; return this; }
    public Builder captions(List<String> v) { captions = v; return this; }
    public Builder removed(List<Removed> v) { removed = v; return this; }
    public Builder paragraphs(List<Paragraph> v) { paragraphs = v; return this; }
    public Builder sentences(List<Sentence> v) { sentences = v; return this; }
    public Builder entities(List<Entity> v) { entities = v; return this; }
    public Builder times(List<TimeValue> v) { times = v; return this; }
    public Builder quotes(List<Quote> v) { quotes = v; return this; }
    public Builder events(List<Event> v) { events = v; return this; }
    public Builder relations(List<Relation> v) { relations = v; return this; }
    public Builder pipeline(@Nullable PipelineInfo v) { pipeline = v; return this; }
    public Builder warning(String v) { warnings.add(v); return this; }
    public Builder source(@Nullable String v) { source = v; return this; }

    /** Marks layers as present. */
    public Builder add(Layer... added) {
      layers.addAll(List.of(added));
      return this;
    }

    public Document build() {
      return new Document(id, language, title, published, publishedSource, publishedConfidence,
          url, dateline, contributors, credits,
          captions, text, removed, paragraphs, sentences, entities, times, quotes, events,
          relations, pipeline, warnings, source, layers);
    }
  }
}
