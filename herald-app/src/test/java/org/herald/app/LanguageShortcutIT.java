package org.herald.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.herald.core.HeraldException;
import org.herald.core.Pipeline;
import org.herald.core.RawInput;
import org.herald.core.model.Document;
import org.herald.core.model.Paragraph;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractConfig;
import org.herald.nlp.LanguageIdentifier;
import org.herald.nlp.LanguageStage;
import org.herald.nlp.NlpConfig;
import org.junit.jupiter.api.Test;

/**
 * The function-word shortcut of language identification (issue 24) decides every page of the
 * shared data as Lingua alone does: the document's language, or its refusal, and every
 * paragraph's (needs ../shared/data; skipped without it).
 */
class LanguageShortcutIT {
  private static final Path DATA = Path.of(System.getProperty("herald.shared", "../../shared"))
      .resolve("data");

  @Test
  void theShortcutDecidesAsLinguaDoes() throws IOException {
    List<Path> pages = new ArrayList<>();
    for (String set : List.of("trafilatura-eval/html", "article-extraction-benchmark/html")) {
      Path dir = DATA.resolve(set);
      assumeTrue(Files.isDirectory(dir), "needs ../shared/data/" + set);
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".html.gz")).sorted().forEach(pages::add);
      }
    }
    Pipeline lingua = pipeline(false);
    Pipeline shortcut = pipeline(true);
    List<String> differ = new ArrayList<>();
    int refused = 0;
    for (Path page : pages) {
      RawInput raw = RawInput.of(page.getFileName().toString(), gunzip(page));
      List<String> expected = languages(lingua, raw);
      List<String> found = languages(shortcut, raw);
      refused += expected.get(0).startsWith("document ") ? 0 : 1;
      for (int i = 0; i < Math.max(expected.size(), found.size()); i++) {
        String e = i < expected.size() ? expected.get(i) : "-";
        String f = i < found.size() ? found.get(i) : "-";
        if (!e.equals(f)) {
          differ.add(page.getFileName() + ": Lingua " + e + ", shortcut " + f);
        }
      }
    }
    System.out.printf("language shortcut: %d pages (%d refused), %d decisions differ%n",
        pages.size(), refused, differ.size());
    assertThat(pages).hasSizeGreaterThan(1000);
    assertThat(differ).isEmpty();
  }

  private static Pipeline pipeline(boolean shortcut) {
    return Pipeline.builder(new ArticleExtractor(ExtractConfig.DEFAULTS))
        .add(new LanguageStage(new LanguageIdentifier(NlpConfig.KNOWN, shortcut)))
        .version("language", "-").build();
  }

  /** The document's language, then each paragraph's with its text; or why it was refused. */
  private static List<String> languages(Pipeline p, RawInput raw) {
    try {
      Document d = p.analyze(raw);
      List<String> out = new ArrayList<>(List.of("document " + d.language()));
      for (Paragraph par : d.paragraphs()) {
        out.add(par.language() + " " + d.text().substring(par.start(), par.end()));
      }
      return out;
    } catch (HeraldException e) {
      return List.of(e.code() + ": " + e.getMessage());
    }
  }

  private static byte[] gunzip(Path page) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
      return in.readAllBytes();
    }
  }
}
