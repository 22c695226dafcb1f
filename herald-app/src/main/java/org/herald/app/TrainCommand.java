package org.herald.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.nlp.NerTrainingData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code herald train KIND}: what the training of one of Herald's own models needs. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Prepares the data for training one of Herald's own models (train/ner/train.sh"
        + " runs the whole training).",
    subcommands = {TrainCommand.NerData.class})
final class TrainCommand implements Runnable {
  @Override
  public void run() {
    throw new HeraldException(ErrorCode.BAD_ARGUMENT, "train needs a KIND: ner-data");
  }

  /** The word classes and parts of speech the German entity tagger is trained with. */
  @Command(name = "ner-data", mixinStandardHelpOptions = true,
      description = {"Writes into OUT what train/ner/train.py reads beside GermEval 2014:"
          + " german-word-classes.tsv.gz (the distributional word classes inside CoreNLP's"
          + " German NER model), vectors.txt (the word vectors of CoreNLP's German parser),"
          + " train.pos and dev.pos (the part of speech CoreNLP's German tagger gives each word"
          + " of the training and dev files) and train.dict and dev.dict (what LanguageTool's"
          + " German dictionary says each word can be)."})
  static final class NerData implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TRAIN.iob2") Path train;
    @Parameters(index = "1", paramLabel = "DEV.tsv") Path dev;
    @Parameters(index = "2", paramLabel = "OUT") Path out;

    @Override
    public Integer call() throws Exception {
      for (Path p : new Path[] {train, dev}) {
        if (!Files.isRegularFile(p)) {
          throw new HeraldException(ErrorCode.BAD_GOLD_DATA, p + ": no such file");
        }
      }
      Files.createDirectories(out);
      int words = NerTrainingData.writeWordClasses(out.resolve("german-word-classes.tsv.gz"));
      List<Integer> sentences = NerTrainingData.writeWordFeatures(List.of(train, dev),
          List.of(0, 1), List.of(out.resolve("train"), out.resolve("dev")));
      int vectors = NerTrainingData.writeParserVectors(out.resolve("vectors.txt"));
      System.out.printf("word classes of %d words; vectors of %d words; parts of speech and"
          + " dictionary classes of %d training and %d dev sentences; in %s%n", words, vectors,
          sentences.get(0), sentences.get(1), out);
      return 0;
    }
  }
}
