package org.herald.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.herald.core.ContractJson;

/** Runs the command line in this JVM and captures what it prints. */
final class Cli {
  record Result(int status, String out, String err) {}

  private Cli() {}

  /**
   * The JSON document of a test resource analysed in a language with a publication day; the
   * command must succeed.
   */
  static JsonNode analysed(String resource, String published, String language)
      throws Exception {
    Path file = Path.of(Cli.class.getResource(resource).toURI());
    Result r = run("analyze", "--published", published, "--lang", language, file.toString());
    assertThat(r.status()).as(r.err()).isZero();
    return ContractJson.mapper().readTree(r.out());
  }

  static synchronized Result run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int status = Main.run(args);
      return new Result(status, out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
