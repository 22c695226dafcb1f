package org.herald.stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.core.RawInput;
import org.herald.nlp.NlpConfig;
import org.jspecify.annotations.Nullable;

/**
 * One raw article on the input topic, as JSON: its address, its page ({@code html}) or its
 * text ({@code text}), and what the sender knows: publication date, language, a source name
 * for messages. Bytes that are not UTF-8 travel base64-encoded in {@code raw}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleMessage(@Nullable String url, @Nullable String html, @Nullable String text,
    @Nullable String published, @Nullable String language, @Nullable String source,
    @Nullable String raw) {
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /**
   * Reads one message.
   *
   * @throws HeraldException where the text is not one JSON object of this form
   */
  public static ArticleMessage parse(String json) {
    ArticleMessage m;
    try {
      m = JSON.readValue(json, ArticleMessage.class);
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, "not an article message: "
          + e.getMessage());
    }
    if (m == null) {
      throw new HeraldException(ErrorCode.UNREADABLE, "not an article message: JSON null");
    }
    return m;
  }

  /** A message for the bytes of a file; its name tells HTML from text. */
  public static ArticleMessage ofFile(String name, byte[] bytes, @Nullable String published,
      @Nullable String url, @Nullable String language) {
    var decoder = StandardCharsets.UTF_8.newDecoder();
    String s;
    try {
      s = decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return new ArticleMessage(url, null, null, published, language, name,
          Base64.getEncoder().encodeToString(bytes));
    }
    boolean text = name.matches("(?i).*\\.txt$");
    return new ArticleMessage(url, text ? null : s, text ? s : null, published, language, name,
        null);
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The pipeline's input.
   *
   * @throws HeraldException where the message has no content, {@code raw} is not base64, or
   *     {@code published} (a day YYYY-MM-DD or an ISO 8601 date-time), {@code url} (an absolute
   *     http or https address) or {@code language} (one Herald analyses) is given but not valid;
   *     the message names the article and the reason
   */
  public RawInput toRawInput() {
    String name = source != null ? source : url != null ? url : "kafka message";
    if (published != null && !RawInput.isDay(published)) {
      throw bad(name, "published must be a day YYYY-MM-DD (or an ISO 8601 date-time), not '"
          + shown(published) + "'");
    }
    if (url != null && !RawInput.isWebAddress(url)) {
      throw bad(name, "url must be an absolute http or https address, not '" + shown(url) + "'");
    }
    if (language != null && !NlpConfig.KNOWN.contains(language)) {
      throw bad(name, "language must be one of " + String.join(", ",
          NlpConfig.KNOWN.stream().sorted().toList()) + ", not '" + shown(language) + "'");
    }
    byte[] bytes;
    String type;
    if (html != null) {
      bytes = html.getBytes(StandardCharsets.UTF_8);
      type = "text/html";
    } else if (text != null) {
      bytes = text.getBytes(StandardCharsets.UTF_8);
      type = "text/plain";
    } else if (raw != null) {
      try {
        bytes = Base64.getDecoder().decode(raw);
      } catch (IllegalArgumentException e) {
        throw new HeraldException(ErrorCode.UNREADABLE, name + ": raw is not base64: "
            + e.getMessage());
      }
      type = null;
    } else {
      throw new HeraldException(ErrorCode.EMPTY_INPUT, name + ": the message has no html,"
          + " text or raw field");
    }
    return new RawInput(name, bytes, type, published, url, language);
  }

  private static HeraldException bad(String name, String reason) {
    return new HeraldException(ErrorCode.BAD_ARGUMENT, name + ": " + reason);
  }

  /** A value as a message shows it: at most 100 characters. */
  private static String shown(String s) {
    return s.length() <= 100 ? s : s.substring(0, 100) + "...";
  }
}
