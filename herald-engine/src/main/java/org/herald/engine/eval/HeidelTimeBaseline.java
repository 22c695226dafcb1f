package org.herald.engine.eval;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HeidelTime 2.1 (news mode, without a part-of-speech tagger) on the time gold set, the baseline
 * Herald's own normaliser is measured against. HeidelTime reads its settings from a file; a
 * temporary one is written with the values it needs.
 */
public final class HeidelTimeBaseline {
  private static final Pattern TIMEX = Pattern.compile(
      "<TIMEX3 [^>]*?value=\"([^\"]*)\"[^>]*>(.*?)</TIMEX3>", Pattern.DOTALL);

  private final Map<String, HeidelTimeStandalone> taggers = new HashMap<>();
  private final String config;

  public HeidelTimeBaseline() {
    try {
      Path cfg = Files.createTempFile("heideltime", ".props");
      cfg.toFile().deleteOnExit();
      Files.writeString(cfg, String.join("\n", "considerDate = true", "considerDuration = true",
          "considerSet = true", "considerTime = true", "treeTaggerHome = /nonexistent",
          "typeSystemHome = desc/type/HeidelTime_TypeSystem.xml",
          "typeSystemHome_DKPro = desc/type/DKPro_TypeSystem.xml", "uimaVarDate = Date",
          "uimaVarDuration = Duration", "uimaVarLanguage = Language", "uimaVarSet = Set",
          "uimaVarTime = Time", "uimaVarTypeToProcess = Type", "ConvertDurations = true", ""),
          StandardCharsets.UTF_8);
      this.config = cfg.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HeidelTimeStandalone tagger(String language) {
    return taggers.computeIfAbsent(language, l -> new HeidelTimeStandalone(
        "en".equals(l) ? Language.ENGLISH : Language.GERMAN, DocumentType.NEWS,
        OutputType.TIMEML, config, POSTagger.NO));
  }

  /** HeidelTime's expressions for each gold sentence, with offsets into the sentence. */
  public Map<Integer, List<TimeEval.Predicted>> run(List<TimeEval.GoldSentence> sentences)
      throws Exception {
    Map<Integer, List<TimeEval.Predicted>> out = new HashMap<>();
    for (TimeEval.GoldSentence s : sentences) {
      String timeml = tagger(s.language()).process(s.text(), day(s.anchor()));
      String body = timeml.substring(timeml.indexOf("<TimeML>") + "<TimeML>".length());
      List<TimeEval.Predicted> p = new ArrayList<>();
      Matcher m = TIMEX.matcher(body);
      int cursor = 0;
      while (m.find()) {
        String text = m.group(2);
        int at = s.text().indexOf(text, cursor);
        if (at >= 0) {
          p.add(new TimeEval.Predicted(at, at + text.length(), m.group(1)));
          cursor = at + text.length();
        }
      }
      out.put(s.line(), p);
    }
    return out;
  }

  private static java.util.Date day(String iso) throws ParseException {
    return new SimpleDateFormat("yyyy-MM-dd").parse(iso);
  }
}
