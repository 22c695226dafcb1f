package org.herald.extract;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.jspecify.annotations.Nullable;

/**
 * Turns bytes into text: refuses what is not text, honours a byte-order mark and a declared
 * charset, and otherwise takes UTF-8 when the bytes are valid UTF-8 and windows-1252 when not.
 */
final class InputDecoder {
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING = Pattern.compile(
      "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.\\-]+)", Pattern.CASE_INSENSITIVE);

  private InputDecoder() {}

  /** The decoded text and the charset chosen. */
  record Decoded(String text, Charset charset) {}

  static Decoded decode(String name, byte[] bytes) {
    if (bytes.length == 0 || isBlank(bytes)) {
      throw new HeraldException(ErrorCode.EMPTY_INPUT, name + ": the file is empty");
    }
    String magic = binaryMagic(bytes);
    if (magic != null) {
      throw new HeraldException(ErrorCode.NOT_TEXT, name + ": not text but " + magic);
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(strip(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)),
          StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(strip(new String(bytes, StandardCharsets.UTF_16)), StandardCharsets.UTF_16);
    }
    if (looksBinary(bytes)) {
      throw new HeraldException(ErrorCode.NOT_TEXT,
          name + ": not text (it holds control bytes that no text file has)");
    }
    Charset declared = declaredCharset(bytes);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return new Decoded(new String(bytes, declared), declared);
    }
    int[] sequences = utf8Sequences(bytes);
    if (sequences[1] == 0) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (mostly(sequences) || declared != null && sequences[0] > sequences[1]) {
      // A few broken sequences in a page of UTF-8 (a truncated snippet, a pasted Latin-1 letter;
      // in a page that says it is UTF-8, any minority of them) are mended one byte at a time,
      // rather than turning every letter with an accent into two.
      return new Decoded(utf8WithStrayBytes(bytes), StandardCharsets.UTF_8);
    }
    Charset fallback = Charset.forName("windows-1252");
    return new Decoded(new String(bytes, fallback), fallback);
  }

  /**
   * UTF-8 in which a byte that stands alone outside any sequence is read as windows-1252 (a
   * Latin-1 letter pasted into the page: "K\u00fcchen"), and a cut sequence as one replacement
   * character.
   */
  private static String utf8WithStrayBytes(byte[] b) {
    Charset single = Charset.forName("windows-1252");
    StringBuilder out = new StringBuilder(b.length);
    int i = 0;
    int run = 0; // start of the current run of well-formed bytes
    while (i < b.length) {
      int length = sequenceLength(b, i);
      if (length > 0) {
        i += length;
        continue;
      }
      out.append(new String(b, run, i - run, StandardCharsets.UTF_8));
      out.append(length == -1 ? new String(b, i, 1, single) : "\uFFFD");
      i -= length;
      run = i;
    }
    out.append(new String(b, run, b.length - run, StandardCharsets.UTF_8));
    return out.toString();
  }

  /**
   * The length of the well-formed UTF-8 sequence at i (1 for ASCII); or, negative, the bytes of a
   * broken one: a lead byte with the continuation bytes that follow it before the sequence is
   * cut, or -1 for a byte on its own.
   */
  private static int sequenceLength(byte[] b, int i) {
    int c = b[i] & 0xFF;
    if (c < 0x80) {
      return 1;
    }
    int extra = c >= 0xF0 && c <= 0xF4 ? 3 : c >= 0xE0 ? (c <= 0xEF ? 2 : -1)
        : c >= 0xC2 && c <= 0xDF ? 1 : -1;
    if (extra <= 0) {
      return -1;
    }
    int k = 0;
    while (k < extra && i + 1 + k < b.length && (b[i + 1 + k] & 0xC0) == 0x80) {
      k++;
    }
    return k == extra ? extra + 1 : -(1 + k);
  }

  /**
   * Whether undeclared bytes are UTF-8 with a few broken sequences: at least 20 well-formed
   * multi-byte characters and no more than one broken sequence for every 50 of them. Text in a
   * single-byte charset almost never forms even one well-formed UTF-8 sequence.
   */
  static boolean mostlyUtf8(byte[] b) {
    return mostly(utf8Sequences(b));
  }

  private static boolean mostly(int[] sequences) {
    return sequences[0] >= 20 && sequences[1] * 50 <= sequences[0];
  }

  /**
   * The well-formed and the broken multi-byte UTF-8 sequences of the bytes (no overlong forms or
   * surrogates checked): none broken means the bytes are UTF-8.
   */
  private static int[] utf8Sequences(byte[] b) {
    int good = 0;
    int bad = 0;
    int i = 0;
    while (i < b.length) {
      int length = sequenceLength(b, i);
      if (length > 1) {
        good++;
      } else if (length < 0) {
        bad++;
      }
      i += Math.abs(length);
    }
    return new int[] {good, bad};
  }


  private static String strip(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable String binaryMagic(byte[] b) {
    if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
      return "a PDF document";
    }
    if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
      return "a ZIP archive (or an office document)";
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return "gzip-compressed data";
    }
    if (startsWith(b, 0x89, 0x50, 0x4E, 0x47)) {
      return "a PNG image";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "a JPEG image";
    }
    if (startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
      return "a GIF image";
    }
    if (startsWith(b, 0x7F, 0x45, 0x4C, 0x46)) {
      return "an executable (ELF)";
    }
    return null;
  }

  /** NUL bytes or many control bytes in the first 8 KiB mean binary data. */
  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = bytes[i] & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return control > n / 20;
  }

  private static @Nullable Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    Matcher x = XML_ENCODING.matcher(head);
    String name = m.find() ? m.group(1) : x.find() ? x.group(1) : null;
    if (name == null) {
      return null;
    }
    try {
      String n = name.toLowerCase(Locale.ROOT);
      // Browsers read ISO-8859-1 declarations as windows-1252; so do we.
      return Charset.forName(n.equals("iso-8859-1") || n.equals("latin1") ? "windows-1252" : n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
