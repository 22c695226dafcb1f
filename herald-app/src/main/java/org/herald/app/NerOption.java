package org.herald.app;

import org.herald.nlp.NerModel;
import picocli.CommandLine.Option;

/** {@code --ner}: which German entity tagger a command's pipeline uses. */
final class NerOption {
  @Option(names = "--ner", paramLabel = "MODEL",
      description = "German entity tagger: 'herald' (Herald's own, trained on GermEval 2014; "
          + "the default) or 'corenlp' (CoreNLP's German model as shipped).")
  NerModel ner = NerModel.DEFAULT;
}
