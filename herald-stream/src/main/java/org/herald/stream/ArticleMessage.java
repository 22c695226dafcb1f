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

  public static ArticleMessage parse(String json) {
    try {
      return JSON.readValue(json, ArticleMessage.class);
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.UNREADABLE, "not an article message: "
          + e.getMessage());
    }
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

  /** The pipeline's input. */
  public RawInput toRawInput() {
    String name = source != null ? source : url != null ? url : "kafka message";
    byte[] bytes;
    String type;
    if (html != null) {
      bytes = html.getBytes(StandardCharsets.UTF_8);
      type = "text/html";
    } else if (text != null) {
      bytes = text.getBytes(StandardCharsets.UTF_8);
      type = "text/plain";
    } else if (raw != null) {
      bytes = Base64.getDecoder().decode(raw);
      type = null;
    } else {
      throw new HeraldException(ErrorCode.EMPTY_INPUT, name + ": the message has no html,"
          + " text or raw field");
    }
    return new RawInput(name, bytes, type, published, url, language);
  }
}
