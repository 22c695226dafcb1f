package org.herald.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.core.model.Document;
import org.herald.core.model.Layer;
import org.herald.core.model.Paragraph;
import org.junit.jupiter.api.Test;

class LanguageStageIT {
  private static final LanguageStage STAGE =
      new LanguageStage(new LanguageIdentifier(NlpConfig.KNOWN));

  @Test
  void refusesALanguageHeraldDoesNotAnalyse() {
    Document fr = CoreNlpStageIT.doc("Le président français a rencontré hier le chancelier"
        + " allemand à Paris pour parler de la guerre en Ukraine.");
    assertThatThrownBy(() -> STAGE.apply(fr))
        .isInstanceOf(HeraldException.class)
        .hasMessageContaining("French (fr), which is not supported")
        .satisfies(e -> assertThat(((HeraldException) e).code())
            .isEqualTo(ErrorCode.UNSUPPORTED_LANGUAGE));
  }

  @Test
  void aForcedLanguageIsKept() {
    Document d = Document.builder("Short.").language("de")
        .paragraphs(List.of(new Paragraph(0, 6, null))).add(Layer.TEXT).build();
    assertThat(STAGE.apply(d).paragraphs().get(0).language()).isEqualTo("de");
  }

  @Test
  void shortParagraphsTakeTheDocumentLanguage() {
    Document d = STAGE.apply(CoreNlpStageIT.doc("Die Bundesregierung hat am Mittwoch neue"
        + " Sanktionen gegen Russland beschlossen, teilte ein Sprecher mit.", "Leave a Reply"));
    assertThat(d.language()).isEqualTo("de");
    assertThat(d.paragraphs()).extracting(Paragraph::language).containsExactly("de", "de");
  }
}
